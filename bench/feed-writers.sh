#!/usr/bin/env bash
# Write throughput with the feed in commit order (ADR 0015): WRITERS importers each POST PAGES
# generated pages to /v1/importeren (one transaction a page), all at once, on H2 in a fresh data
# directory. Prints pages per second. Needs `mvn package`
# first; APP points at another build (e.g. a copy of target/quarkus-app of an older commit) to
# compare.
#
# Usage: bench/feed-writers.sh [WRITERS] [PAGES]
set -euo pipefail
cd "$(dirname "$0")/.."
# The service started here is read from one address far faster than a client may (docs/adr/0024).
export AGENDAWIJZER_LEESLIMIET_ENABLED=false

writers=${1:-8}
pages=${2:-25}
port=${BENCH_PORT:-19150}
app=${APP:-target/quarkus-app}
data=$(mktemp -d)
log=$(mktemp)
beheer="bench-$(head -c 30 /dev/urandom | base64 | tr -d '/+=')"
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$data" "$log"' EXIT

AGENDAWIJZER_DATA_DIR="$data" QUARKUS_HTTP_PORT="$port" QUARKUS_MANAGEMENT_PORT=$((port + 1000)) AGENDAWIJZER_BOOTSTRAP_KEY="$beheer" \
  java -jar "$app/quarkus-run.jar" >"$log" 2>&1 &
pid=$!
for _ in $(seq 1 120); do
  curl -sf "http://localhost:$((port + 1000))/q/health/ready" >/dev/null && break
  sleep 1
done

python3 - "$port" "$beheer" "$writers" "$pages" <<'PY'
import json, sys, threading, time, urllib.error, urllib.request
port, beheer, writers, pages = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
base = f"http://localhost:{port}/v1"
def call(method, path, body=None, headers=None):
    request = urllib.request.Request(base + path, method=method, headers=headers or {},
                                     data=body.encode() if body else None)
    try:
        with urllib.request.urlopen(request, timeout=60) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()
_, body = call("POST", "/sleutels", json.dumps({"naam": "bench", "rol": "REDACTEUR"}),
               {"Authorization": "Bearer " + beheer, "Content-Type": "application/json"})
key = json.loads(body)["sleutel"]
MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"]
def page(nr, i):
    # A date of its own per page: pages sharing a meeting would conflict, not measure the feed.
    datum = f"{1 + i % 28} {MAANDEN[(i // 28) % 12]} {2000 + i // 336}"
    return (f"Agendawijzer\n\nONDERWERP Bench {nr}\n\nRaadsnummer: {nr}\n\n"
            f"Geschreven op: 01-02-2024 | Laatst bewerkt op: 03-02-2024 | Status onderwerp: "
            f"in behandeling\n\nAfbeelding:Foto\n\nInleiding {nr}.\n\n\nWaar gaat het over?\n\n"
            f"De gemeente heeft de volgende doelen:\n\n  \u2022 Doel {nr}.\n\n\u00a0\n"
            f"Eerdere berichten\n\nHieronder vindt u berichten uit de historie van dit onderwerp.\n\n"
            f"{datum} - Plenair, besluit.\n\n"
            f"  \u2022 Motie {nr} ({nr}.001) VERWORPEN 12/30\n"
            f"  \u2022 Amendement {nr} ({nr}.101) AANVAARD 31/9\n\n")
statuses, start = [], threading.Barrier(writers + 1)
def writer(w):
    start.wait()
    for p in range(pages):
        nr = 70000 + w * 1000 + p
        status, _ = call("POST", f"/importeren?bron=https://example.org/{nr}",
                         page(nr, w * pages + p),
                         {"Authorization": "Bearer " + key,
                          "Content-Type": "text/plain; charset=UTF-8"})
        statuses.append(status)
threads = [threading.Thread(target=writer, args=(w,)) for w in range(writers)]
[t.start() for t in threads]
start.wait()
began = time.monotonic()
[t.join() for t in threads]
took = time.monotonic() - began
ok = statuses.count(200)
others = sorted({s for s in statuses if s != 200})
print(f"{writers} writers x {pages} pages: {ok} x 200, {len(statuses) - ok} other {others}; "
      f"{took:.1f} s, {ok / took:.1f} pages/s")
PY
