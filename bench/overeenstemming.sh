#!/usr/bin/env bash
# Agreement overview benchmark: what does /v1/fracties/overeenstemming cost over many stemmingen,
# and do its numbers match an independent count?
#
# Starts the packaged service on a fresh H2 database, adds FRACTIES factions and STEMMINGEN
# generated stemmingen with a result of every faction (keuze from a fixed formula), then times the
# overview (one request, one query) against the detail of one faction, each REPEAT times,
# interleaved, in one run, and the overview for a period not asked before (a cache miss, ADR 0018).
# Prints medians, their ratio, and whether every pair's gelijk/totaal
# equals a count done here in Python from the same formula.
#
# Usage: bench/overeenstemming.sh [STEMMINGEN] [FRACTIES] [REPEAT]   (after mvn package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
# The service started here is read from one address far faster than a client may (docs/adr/0024).
export AGENDAWIJZER_LEESLIMIET_ENABLED=false

stemmingen=${1:-10000}
fracties=${2:-12}
repeat=${3:-50}
port=${BENCH_PORT:-18091}
data=$(mktemp -d)
log=$(mktemp)
url="jdbc:h2:file:$data/agendawijzer;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=TRUE"
h2=$(ls "${BENCH_APP:-target/quarkus-app}"/lib/main/com.h2database.h2-*.jar)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$data" "$log"' EXIT

QUARKUS_DATASOURCE_JDBC_URL="$url" QUARKUS_HTTP_PORT="$port" QUARKUS_MANAGEMENT_PORT=$((port + 1000)) \
  java -jar "${BENCH_APP:-target/quarkus-app}/quarkus-run.jar" >"$log" 2>&1 &
pid=$!
# On a loaded machine the first start (migrations, reference data) can take a while.
for i in $(seq 1 240); do
  curl -sf "http://localhost:$((port + 1000))/q/health/ready" >/dev/null && break
  [ "$i" = 240 ] && { echo "service not ready after 240 s" >&2; exit 1; }
  sleep 1
done

sql() { java -cp "$h2" org.h2.tools.Shell -url "$url" -user agendawijzer -password "" -sql "$1"; }
echo "inserting $fracties fracties, $stemmingen stemmingen, $((fracties * stemmingen)) fractie-uitslagen ..."
sql "insert into fractie (id, naam, versie, gewijzigd_op)
     select 'bench-' || lpad(\"X\", 2, '0'), 'Bench ' || \"X\", 1, current_timestamp
     from system_range(1, $fracties)" >/dev/null
sql "insert into stemming (id, voorstel_nummer, datum, uitslag, uitslag_tekst, voor, tegen,
       versie, gewijzigd_op)
     select 'bench-' || lpad(\"X\", 7, '0'), '23161.001', dateadd(day, mod(\"X\", 1400), date '2022-04-01'),
            'AANVAARD', 'AANVAARD', 30, 15, 1, current_timestamp
     from system_range(1, $stemmingen)" >/dev/null
# keuze of faction f on stemming s: index mod(s * 7 + f * f * 3 + s * f + (s / 3) * (f + 1), 4) in
# (VOOR, TEGEN, VERDEELD, NIET_DEELGENOMEN); the Python count below uses the same formula.
sql "insert into stemming_fractie (stemming_id, fractie_id, keuze)
     select 'bench-' || lpad(s.\"X\", 7, '0'), 'bench-' || lpad(f.\"X\", 2, '0'),
            case mod(s.\"X\" * 7 + f.\"X\" * f.\"X\" * 3 + s.\"X\" * f.\"X\" + (s.\"X\" / 3) * (f.\"X\" + 1), 4)
              when 0 then 'VOOR' when 1 then 'TEGEN' when 2 then 'VERDEELD' else 'NIET_DEELGENOMEN' end
     from system_range(1, $stemmingen) s cross join system_range(1, $fracties) f" >/dev/null

python3 - "$port" "$repeat" "$stemmingen" "$fracties" <<'PY'
import json, statistics, sys, time, urllib.request
port, repeat, n, f = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
base = f"http://localhost:{port}/v1/fracties"
urls = {"overeenstemming (all pairs)": base + "/overeenstemming?datumVanaf=2022-01-01&datumTot=2030-12-31",
        "one fractie (detail)": base + "/bench-01"}
# A period not asked before on every request: what a request costs when no answer is kept.
nieuw = iter(f"{base}/overeenstemming?datumVanaf=2022-01-01&datumTot=2031-{1 + i // 28:02d}-{1 + i % 28:02d}"
             for i in range(12 * 28))
def timed(u):
    t = time.perf_counter()
    with urllib.request.urlopen(u) as r:
        body = r.read()
        assert r.status == 200
    return (time.perf_counter() - t) * 1000, body
keuzes = ["VOOR", "TEGEN", "VERDEELD", "NIET_DEELGENOMEN"]
k = lambda s, fr: keuzes[(s * 7 + fr * fr * 3 + s * fr + (s // 3) * (fr + 1)) % 4]
expected = {}
for a in range(1, f + 1):
    for b in range(a + 1, f + 1):
        gelijk = totaal = 0
        for s in range(1, n + 1):
            ka, kb = k(s, a), k(s, b)
            if ka in ("VOOR", "TEGEN") and kb in ("VOOR", "TEGEN"):
                totaal += 1
                gelijk += ka == kb
        if totaal:
            expected[(f"bench-{a:02d}", f"bench-{b:02d}")] = (gelijk, totaal)
_, body = timed(urls["overeenstemming (all pairs)"])
got = {(p["fractieA"], p["fractieB"]): (p["gelijk"], p["totaal"]) for p in json.loads(body)["paren"]}
for u in urls.values():
    for _ in range(10): timed(u)
if not got:
    sys.exit("no pairs in the answer: the generated rows were not inserted")
samples = {}
for _ in range(repeat):
    for name, u in urls.items():
        samples.setdefault(name, []).append(timed(u)[0])
    samples.setdefault("overeenstemming (new period)", []).append(timed(next(nieuw))[0])
print(f"stemmingen: {n}, fracties: {f}, fractie-uitslagen: {n * f}, pairs: {len(got)}, requests each: {repeat}")
detail = statistics.median(samples["one fractie (detail)"])
for name, s in samples.items():
    m = statistics.median(s)
    print(f"{name:30s} median {m:7.2f} ms   ratio to one fractie {m / detail:5.2f}")
a, b = sorted(got)[0]
print(f"e.g. {a} and {b}: gelijk {got[(a, b)][0]} of totaal {got[(a, b)][1]}")
print("every pair matches the independent count:", "yes" if got == expected else f"NO ({len(got)} vs {len(expected)})")
PY
