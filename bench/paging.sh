#!/usr/bin/env bash
# Keyset paging benchmark: does a deep page cost what the first page costs?
#
# Starts the packaged service on a fresh H2 database, adds ROWS generated stemmingen (one in ten
# without a date), then times the first page of /v1/stemmingen (sort -datum) against a page in
# the middle and the last page (which lies among the undated rows), each REPEAT times, all in one
# run. Prints medians and ratios; absolute times on this noisy machine mean little.
#
# Usage: bench/paging.sh [ROWS] [REPEAT]     (after `mvn package -DskipTests` or `mvn verify`)
set -euo pipefail
cd "$(dirname "$0")/.."
# The service started here is read from one address far faster than a client may (docs/adr/0024).
export AGENDAWIJZER_LEESLIMIET_ENABLED=false

rows=${1:-100000}
repeat=${2:-200}
port=${BENCH_PORT:-18090}
data=$(mktemp -d)
log=$(mktemp)
url="jdbc:h2:file:$data/agendawijzer;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=TRUE"
h2=$(ls target/quarkus-app/lib/main/com.h2database.h2-*.jar)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$data" "$log"' EXIT

QUARKUS_DATASOURCE_JDBC_URL="$url" QUARKUS_HTTP_PORT="$port" QUARKUS_MANAGEMENT_PORT=$((port + 1000)) \
  java -jar target/quarkus-app/quarkus-run.jar >"$log" 2>&1 &
pid=$!
for _ in $(seq 1 60); do
  curl -sf "http://localhost:$((port + 1000))/q/health/ready" >/dev/null && break
  sleep 1
done

sql() { java -cp "$h2" org.h2.tools.Shell -url "$url" -user agendawijzer -password "" -sql "$1"; }
echo "inserting $rows stemmingen ..."
sql "insert into stemming (id, voorstel_nummer, vergadering_id, datum, uitslag, uitslag_tekst,
       voor, tegen, versie, gewijzigd_op)
     select 'bench-' || lpad(\"X\", 7, '0'), '23161.001', null,
            case when mod(\"X\", 10) = 0 then null else dateadd(day, mod(\"X\" * 7919, 3650), date '2015-01-01') end,
            'AANVAARD', 'AANVAARD', 30, 10, 1, current_timestamp
     from system_range(1, $rows)" >/dev/null

# The cursor of a page is the sort values of the row before it: read them with OFFSET once here,
# so the service itself never has to.
total=$((rows + 2))
cursor_before() {
  sql "select coalesce(cast(datum as varchar), '-'), id from stemming
       order by datum desc nulls last, id desc offset $(($1 - 1)) rows fetch next 1 rows only" |
    awk 'NR==2 {print $1, $3}'
}
python3 - "$port" "$repeat" "$total" "$(cursor_before $((total / 2)))" "$(cursor_before $((total - 20)))" <<'PY'
import base64, statistics, sys, time, urllib.error, urllib.request
port, repeat, total = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
def cursor(row):
    datum, ident = row.split()
    value = "\u0000" if datum == "-" else datum
    raw = "\u001f".join(["n", "-datum", value, ident]).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")
base = f"http://localhost:{port}/v1/stemmingen?pageSize=20"
pages = {"first page": base,
         f"page {total // 2 // 20 + 1} (middle)": base + "&cursor=" + cursor(sys.argv[4]),
         f"page {(total - 1) // 20 + 1} (last, undated rows)": base + "&cursor=" + cursor(sys.argv[5])}
def timed(u):
    t = time.perf_counter()
    try:
        r = urllib.request.urlopen(u)
    except urllib.error.HTTPError as e:
        sys.exit(f"{u}: {e.code} {e.read().decode()}")
    with r:
        body = r.read()
        assert r.status == 200 and b'"stemmingen"' in body
    return (time.perf_counter() - t) * 1000
for u in pages.values():          # warm up the JIT and caches on every page alike
    for _ in range(50): timed(u)
medians = {}
for _ in range(repeat):           # interleaved, so machine noise hits every page alike
    for name, u in pages.items():
        medians.setdefault(name, []).append(timed(u))
first = statistics.median(medians["first page"])
print(f"rows: {total}, requests per page: {repeat}")
for name, samples in medians.items():
    m = statistics.median(samples)
    print(f"{name:32s} median {m:6.2f} ms   ratio to first page {m / first:4.2f}")
PY
