#!/usr/bin/env bash
# Do slow export downloads starve the API? Starts the packaged service on a fresh H2 database,
# adds ROWS generated stemmingen by direct SQL, measures REPEAT detail GETs of /v1/onderwerpen/23161
# and /v1/stemmingen/{id} (one keep-alive connection), then again while READERS clients download
# /v1/exports/stemmingen.csv at 1 KB/s (curl --limit-rate 1k). Prints both medians, their ratio,
# the errors and how many downloads were still running (so they really were slow) at the end,
# and a third measurement after the readers are gone, to show how much the machine itself varies.
# Bounded: the readers are killed after the second measurement, or after 120 s at the latest.
#
# Usage: bench/slow-export-readers.sh [READERS] [ROWS] [REPEAT]   (after `mvn package -DskipTests`)
set -euo pipefail
cd "$(dirname "$0")/.."
# The service started here is read from one address far faster than a client may (docs/adr/0024).
export AGENDAWIJZER_LEESLIMIET_ENABLED=false

readers=${1:-25}
rows=${2:-30000}
repeat=${3:-300}
port=${BENCH_PORT:-19591}
data=$(mktemp -d)
log=$(mktemp)
url="jdbc:h2:file:$data/agendawijzer;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=TRUE"
h2=$(ls target/quarkus-app/lib/main/com.h2database.h2-*.jar)
pids=()
trap 'kill "${pids[@]}" "$pid" 2>/dev/null || true; rm -rf "$data" "$log"' EXIT

QUARKUS_DATASOURCE_JDBC_URL="$url" QUARKUS_HTTP_PORT="$port" QUARKUS_MANAGEMENT_PORT=$((port + 1000)) AGENDAWIJZER_EXPORT_MAP="$data" \
  java -jar target/quarkus-app/quarkus-run.jar >"$log" 2>&1 &
pid=$!
for _ in $(seq 1 60); do
  curl -sf "http://localhost:$((port + 1000))/q/health/ready" >/dev/null && break
  sleep 1
done

sql() { java -cp "$h2" org.h2.tools.Shell -url "$url" -user agendawijzer -password "" -sql "$1"; }
sql "insert into stemming (id, voorstel_nummer, vergadering_id, datum, uitslag, uitslag_tekst,
       voor, tegen, controle_status, versie, gewijzigd_op)
     select 'bench-' || lpad(\"X\", 7, '0'), '23161.001', null,
            dateadd(day, mod(\"X\" * 7919, 3650), date '2015-01-01'),
            'AANVAARD', 'Aanvaard, met \"citaat\", komma', mod(\"X\", 46), 45 - mod(\"X\", 46),
            'OK', 1, current_timestamp
     from system_range(1, $rows)" >/dev/null

measure() {  # label
  python3 - "$port" "$repeat" "$1" <<'PY'
import http.client, statistics, sys, time
port, repeat, label = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
conn = http.client.HTTPConnection("localhost", port, timeout=60)
times, errors = [], 0
for i in range(repeat):
    path = "/v1/onderwerpen/23161" if i % 2 == 0 else "/v1/stemmingen/bench-%07d" % (1 + i)
    start = time.perf_counter()
    conn.request("GET", path)
    response = conn.getresponse()
    response.read()
    times.append(time.perf_counter() - start)
    errors += response.status != 200
print("%s %.3f %.3f %d" % (label, statistics.median(times) * 1000,
      sorted(times)[int(len(times) * 0.95)] * 1000, errors))
PY
}

measure warmup >/dev/null
read -r _ quiet quiet95 quiet_errors < <(measure quiet)
for _ in $(seq 1 "$readers"); do
  timeout 120 curl -s --limit-rate 1k -o /dev/null "http://localhost:$port/v1/exports/stemmingen.csv" &
  pids+=($!)
done
sleep 3
read -r _ busy busy95 busy_errors < <(measure busy)
running=0
for p in "${pids[@]}"; do kill -0 "$p" 2>/dev/null && running=$((running + 1)); done
kill "${pids[@]}" 2>/dev/null || true
sleep 1
# Once more without readers: how much the machine itself varies between two measurements.
read -r _ after after95 after_errors < <(measure after)

printf 'rows: %s, detail GETs per measurement: %s, slow readers: %s at 1 KB/s\n' "$rows" "$repeat" "$readers"
printf 'detail GET without readers   median %7.2f ms   p95 %7.2f ms   errors %s\n' "$quiet" "$quiet95" "$quiet_errors"
printf 'detail GET with %2s readers   median %7.2f ms   p95 %7.2f ms   errors %s\n' "$readers" "$busy" "$busy95" "$busy_errors"
printf 'detail GET after the readers median %7.2f ms   p95 %7.2f ms   errors %s\n' "$after" "$after95" "$after_errors"
python3 -c "print('ratio with readers / without: %.2f   (after / before, the noise of this machine: %.2f)' % ($busy / $quiet, $after / $quiet))"
printf 'downloads still running at the end: %s of %s\n' "$running" "$readers"
