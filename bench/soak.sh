#!/usr/bin/env bash
# Soak: SECONDS (default 300) of mixed reads and writes from CLIENTS (default 6) clients over
# loopback against the packaged jar on a fresh database (DB h2, the default, or postgresql), each
# request with a 30 s timeout. Reads: detail, lists, search, the feed, a CSV export; writes:
# text/plain imports of new pages and PATCHes of each client's own onderwerp with If-Match.
# Prints requests per kind, the error count (5xx, connection errors, unexpected statuses; must
# be 0) and the heap after a full GC (jcmd GC.run, then GC.heap_info) after warm-up, every minute
# and at the end. Port: BENCH_PORT (default 18088). Build first: mvn -B -DskipTests package
set -euo pipefail
cd "$(dirname "$0")/.."
# The service started here is read from one address far faster than a client may (docs/adr/0024).
export AGENDAWIJZER_LEESLIMIET_ENABLED=false

seconds=${1:-300}
clients=${2:-6}
db=${3:-h2}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$seconds" "$clients" "$db" "$work" "${BENCH_PORT:-18088}" <<'PY'
import http.client, json, os, random, re, subprocess, sys, threading, time
sys.path.insert(0, "bench")
import paginas
from dienst import Database, Dienst, pad, vraag

seconden, clients, soort, werk, port = (int(sys.argv[1]), int(sys.argv[2]), sys.argv[3],
                                        sys.argv[4], int(sys.argv[5]))
if clients > 8:
    raise SystemExit("at most 8 clients (each imports pages from a range of 5,000)")
db = (Database.h2(os.path.join(werk, "data")) if soort == "h2"
      else Database.postgresql("agendawijzer_bench_soak"))
dienst = Dienst(db, port, os.path.join(werk, "dienst.log"))
dienst.start()
sleutel = dienst.redacteur()


def heap_na_gc():
    subprocess.run(["jcmd", str(dienst.pid), "GC.run"], check=True, capture_output=True)
    info = subprocess.run(["jcmd", str(dienst.pid), "GC.heap_info"], check=True,
                          capture_output=True, text=True).stdout
    return int(re.search(r"used (\d+)K", info).group(1)) / 1024


onderwerpen = ["23161"]
slot = threading.Lock()
tellingen = {}
fouten = []
stop = threading.Event()
VERWACHT = {"detail": {200}, "lijst": {200}, "zoeken": {200}, "feed": {200}, "export": {200},
            "import": {200}, "patch": {200}}


def tel(soort_, status):
    with slot:
        tellingen[(soort_, status)] = tellingen.get((soort_, status), 0) + 1
        if status not in VERWACHT[soort_]:
            fouten.append(f"{soort_}: {status}")


def client(k, rnd):
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    eigen = f"RV-{k + 1}/2033"
    s, h, _ = vraag(port, "POST", "/v1/onderwerpen", {"raadsnummer": eigen, "titel": "Soak"},
                    sleutel=sleutel)
    assert s == 201, s
    etag = h["etag"]
    volgende = 5000 * k
    while not stop.is_set():
        r = rnd.random()
        try:
            if r < 0.30:
                soort_, s, _, _ = ("detail",) + vraag(
                    port, "GET", pad("onderwerpen", rnd.choice(onderwerpen)), verbinding=c)
            elif r < 0.45:
                soort_, s, _, _ = ("lijst",) + vraag(
                    port, "GET", rnd.choice(["/v1/onderwerpen?pageSize=20",
                                             "/v1/stemmingen?pageSize=50",
                                             "/v1/voorstellen?pageSize=50"]), verbinding=c)
            elif r < 0.52:
                soort_, s, _, _ = ("zoeken",) + vraag(
                    port, "GET", f"/v1/onderwerpen?zoek=Onderwerp+{rnd.randrange(100)}",
                    verbinding=c)
            elif r < 0.62:
                soort_, s, _, _ = ("feed",) + vraag(
                    port, "GET", f"/v1/wijzigingen?pageSize=50&naVolgnummer={rnd.randrange(500)}",
                    verbinding=c)
            elif r < 0.64:
                soort_, s, _, _ = ("export",) + vraag(
                    port, "GET", "/v1/exports/onderwerpen.csv", verbinding=c)
            elif r < 0.84:
                i = volgende if volgende < 5000 * (k + 1) else 5000 * k
                volgende += 1
                soort_, s, _, body = ("import",) + vraag(
                    port, "POST", "/v1/importeren", paginas.pagina(i), sleutel=sleutel,
                    verbinding=c)
                if s == 200:
                    with slot:
                        onderwerpen.append(json.loads(body)["paginas"][0]["onderwerp"])
            else:
                soort_, s, h, _ = ("patch",) + vraag(
                    port, "PATCH", pad("onderwerpen", eigen), {"titel": f"Soak {rnd.random()}"},
                    sleutel=sleutel, verbinding=c,
                    headers={"If-Match": etag, "Content-Type": "application/merge-patch+json"})
                if s == 200:
                    etag = h["etag"]
            tel(soort_, s)
        except (OSError, http.client.HTTPException) as e:
            with slot:
                fouten.append(f"connection: {e!r}")
            c.close()
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    c.close()


draden = [threading.Thread(target=client, args=(k, random.Random(k))) for k in range(clients)]
for t in draden:
    t.start()
time.sleep(min(30, seconden / 5))  # warm-up: JIT, pools and caches filled
begin = time.monotonic()
heap = [(0, heap_na_gc())]
print(f"soak on {soort}: {clients} clients, {seconden} s; heap after GC at start:"
      f" {heap[0][1]:.1f} MiB", flush=True)
while time.monotonic() - begin < seconden:
    time.sleep(min(60, max(0.0, seconden - (time.monotonic() - begin))))
    heap.append((round(time.monotonic() - begin), heap_na_gc()))
    with slot:
        n = sum(tellingen.values())
    print(f"  {heap[-1][0]:4d} s: {n} requests, {len(fouten)} errors, heap after GC"
          f" {heap[-1][1]:.1f} MiB", flush=True)
stop.set()
for t in draden:
    t.join(60)
dienst.stop()
per_soort = {}
for (soort_, status), n in sorted(tellingen.items()):
    per_soort.setdefault(soort_, []).append(f"{status}: {n}")
for soort_, regels in per_soort.items():
    print(f"  {soort_:7s} {', '.join(regels)}")
totaal = sum(tellingen.values())
print(f"requests: {totaal} ({totaal / (time.monotonic() - begin):.0f}/s incl. warm-up),"
      f" errors: {len(fouten)}{' e.g. ' + fouten[0] if fouten else ''}")
print(f"heap after GC: start {heap[0][1]:.1f} MiB, end {heap[-1][1]:.1f} MiB,"
      f" ratio end/start {heap[-1][1] / heap[0][1]:.2f}")
if soort == "h2":
    grootte = os.path.getsize(os.path.join(werk, "data", "agendawijzer.mv.db")) / 2**20
    print(f"H2 database file at the end: {grootte:.1f} MiB")
sys.exit(1 if fouten else 0)
PY
