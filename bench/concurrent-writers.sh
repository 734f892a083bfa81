#!/usr/bin/env bash
# Lost-update check under load: N writers read onderwerp 23161 at the same moment and each PATCH
# it with the ETag they read (If-Match). Prints how many succeeded and how many got 412, and
# whether the number of versions is the successes plus one. Needs `mvn package` first.
#
# Usage: bench/concurrent-writers.sh [WRITERS]
set -euo pipefail
cd "$(dirname "$0")/.."
# The service started here is read from one address far faster than a client may (docs/adr/0024).
export AGENDAWIJZER_LEESLIMIET_ENABLED=false

writers=${1:-50}
port=${BENCH_PORT:-18097}
data=$(mktemp -d)
log=$(mktemp)
beheer="bench-$(head -c 30 /dev/urandom | base64 | tr -d '/+=')"
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$data" "$log"' EXIT

AGENDAWIJZER_DATA_DIR="$data" QUARKUS_HTTP_PORT="$port" QUARKUS_MANAGEMENT_PORT=$((port + 1000)) AGENDAWIJZER_BOOTSTRAP_KEY="$beheer" \
  java -jar target/quarkus-app/quarkus-run.jar >"$log" 2>&1 &
pid=$!
for _ in $(seq 1 60); do
  curl -sf "http://localhost:$((port + 1000))/q/health/ready" >/dev/null && break
  sleep 1
done

python3 - "$port" "$beheer" "$writers" <<'PY'
import json, sys, threading, urllib.error, urllib.request
port, beheer, writers = sys.argv[1], sys.argv[2], int(sys.argv[3])
base = f"http://localhost:{port}/v1"
def call(method, path, body=None, headers=None):
    request = urllib.request.Request(base + path, method=method, headers=headers or {},
                                     data=body.encode() if body else None)
    try:
        with urllib.request.urlopen(request) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()
_, _, body = call("POST", "/sleutels", json.dumps({"naam": "bench", "rol": "REDACTEUR"}),
                  {"Authorization": "Bearer " + beheer, "Content-Type": "application/json"})
key = json.loads(body)["sleutel"]
statuses, start = [], threading.Barrier(writers)
def writer(i):
    start.wait()
    _, headers, _ = call("GET", "/onderwerpen/23161")
    status, _, _ = call("PATCH", "/onderwerpen/23161", json.dumps({"titel": f"Schrijver {i}"}),
                        {"Authorization": "Bearer " + key, "If-Match": headers["ETag"],
                         "Content-Type": "application/merge-patch+json"})
    statuses.append(status)
threads = [threading.Thread(target=writer, args=(i,)) for i in range(writers)]
[t.start() for t in threads]
[t.join() for t in threads]
_, _, body = call("GET", "/onderwerpen/23161/versies")
versions = len(json.loads(body)["_embedded"]["versies"])
ok, stale = statuses.count(200), statuses.count(412)
print(f"{writers} writers: {ok} x 200, {stale} x 412, {writers - ok - stale} other; "
      f"versions {versions}, successes + 1 = {ok + 1}: {'OK' if versions == ok + 1 else 'LOST UPDATE'}")
PY
