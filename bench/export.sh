#!/usr/bin/env bash
# Bulk export benchmark: does a whole collection stream with a small, fixed heap?
#
# Starts the packaged service with its heap capped (-Xmx256m by default) on a fresh H2 database,
# adds ROWS generated stemmingen by direct SQL, then downloads /v1/exports/stemmingen.csv,
# .ndjson and the gzipped CSV in full. Checks the row counts and prints time, rows/s and the
# service's peak heap use (from /q/metrics) against the cap.
#
# Usage: bench/export.sh [ROWS] [HEAP]     (after `mvn package -DskipTests` or `mvn verify`)
set -euo pipefail
cd "$(dirname "$0")/.."
# The service started here is read from one address far faster than a client may (docs/adr/0024).
export AGENDAWIJZER_LEESLIMIET_ENABLED=false

rows=${1:-100000}
heap=${2:-256m}
port=${BENCH_PORT:-18091}
data=$(mktemp -d)
log=$(mktemp)
out=$(mktemp -d)
url="jdbc:h2:file:$data/agendawijzer;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=TRUE"
h2=$(ls target/quarkus-app/lib/main/com.h2database.h2-*.jar)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$data" "$log" "$out"' EXIT

QUARKUS_DATASOURCE_JDBC_URL="$url" QUARKUS_HTTP_PORT="$port" QUARKUS_MANAGEMENT_PORT=$((port + 1000)) \
  java "-Xmx$heap" -jar target/quarkus-app/quarkus-run.jar >"$log" 2>&1 &
pid=$!
for _ in $(seq 1 60); do
  curl -sf "http://localhost:$((port + 1000))/q/health/ready" >/dev/null && break
  sleep 1
done

sql() { java -cp "$h2" org.h2.tools.Shell -url "$url" -user agendawijzer -password "" -sql "$1"; }
echo "inserting $rows stemmingen ..."
sql "insert into stemming (id, voorstel_nummer, vergadering_id, datum, uitslag, uitslag_tekst,
       voor, tegen, controle_status, versie, gewijzigd_op)
     select 'bench-' || lpad(\"X\", 7, '0'), '23161.001', null,
            case when mod(\"X\", 10) = 0 then null else dateadd(day, mod(\"X\" * 7919, 3650), date '2015-01-01') end,
            'AANVAARD', 'Aanvaard, met \"citaat\", komma', mod(\"X\", 46), 45 - mod(\"X\", 46),
            case when mod(\"X\", 10) = 0 then 'ONVOLLEDIG' when mod(\"X\", 46) > 45 - mod(\"X\", 46) then 'OK' else 'AFWIJKING' end,
            1, current_timestamp
     from system_range(1, $rows)" >/dev/null
expected=$(sql "select count(*) from stemming" | awk 'NR==2 {print $1}')

heap_used() {
  curl -sf "http://localhost:$((port + 1000))/q/metrics" |
    awk 'index($0, "jvm_memory_used_bytes{area=\"heap\"") == 1 {s += $NF} END {printf "%.0f", s / 1048576}'
}
peak=0
sample() { while sleep 0.2; do h=$(heap_used || echo 0); echo "$h"; done >"$out/heap" 2>/dev/null; }
sample &
sampler=$!

download() {  # name, curl arguments...
  local name=$1; shift
  local start end
  start=$(date +%s.%N)
  curl -sf "$@" -o "$out/$name"
  end=$(date +%s.%N)
  echo "$start $end"
}
count() { python3 - "$@" <<'PY'
import csv, gzip, io, json, sys
kind, path = sys.argv[1], sys.argv[2]
if kind == "csv":
    with open(path, newline="", encoding="utf-8") as f:
        print(sum(1 for _ in csv.DictReader(f)))
elif kind == "gzip":
    with gzip.open(path, "rt", newline="", encoding="utf-8") as f:
        print(sum(1 for _ in csv.DictReader(f)))
else:
    with open(path, encoding="utf-8") as f:
        print(sum(1 for line in f if json.loads(line)))
PY
}
report() {  # label, kind, file, start end
  local label=$1 kind=$2 file=$3 start=$4 end=$5
  local n size
  n=$(count "$kind" "$out/$file")
  size=$(stat -c %s "$out/$file")
  python3 -c "
n, exp, s, e, size = $n, $expected, $start, $end, $size
t = e - s
print(f'{\"$label\":<22} rows {n:>7} ({\"ok\" if n == exp else \"EXPECTED \" + str(exp)})  {t:6.2f} s  {n / t:>9,.0f} rows/s  {size / 1048576:6.1f} MiB')
"
  [ "$n" = "$expected" ] || exit 1
}

api="http://localhost:$port/v1/exports"
read -r s e < <(download csv "$api/stemmingen.csv");            report "stemmingen.csv" csv csv "$s" "$e"
read -r s e < <(download ndjson "$api/stemmingen.ndjson");      report "stemmingen.ndjson" ndjson ndjson "$s" "$e"
read -r s e < <(download gz -H 'Accept-Encoding: gzip' "$api/stemmingen.csv"); report "stemmingen.csv (gzip)" gzip gz "$s" "$e"
kill "$sampler" 2>/dev/null || true
peak=$(sort -n "$out/heap" | tail -1)
etag=$(curl -sfI "$api/stemmingen.csv" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag" {print $2}')
again=$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $etag" "$api/stemmingen.csv")
echo "heap cap -Xmx$heap, peak heap used while exporting ${peak:-?} MiB; service alive: $(kill -0 "$pid" && echo yes)"
echo "unchanged snapshot with If-None-Match: HTTP $again"
