#!/usr/bin/env bash
# Imports PAGES generated Agendawijzer pages (default 10,000; bench/paginas.py: templates T1, T2,
# T3, hybrid and meeting summary in turn) with the folder command of the packaged jar into a fresh
# H2 database, then prints pages per second and the peak resident memory of that JVM. HEAP (e.g.
# 256m) caps the JVM's heap; without it the JVM picks its default. AGENDAWIJZER_JAR runs another
# build (e.g. an older one, to compare).
# Build first: mvn -B -DskipTests package
set -euo pipefail
cd "$(dirname "$0")/.."

pages=${1:-10000}
heap=${2:-}
jar=${AGENDAWIJZER_JAR:-target/quarkus-app/quarkus-run.jar}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/paginas" "$work/data"

bench/paginas.py "$work/paginas" "$pages"

log="$work/import.log"
AGENDAWIJZER_DATA_DIR="$work/data" java ${heap:+"-Xmx$heap"} -jar "$jar" \
  importeer "$work/paginas" >"$log" 2>"$work/stderr.log" &
pid=$!
peak=0
while kill -0 "$pid" 2>/dev/null; do
  rss=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
  [ -n "$rss" ] && [ "$rss" -gt "$peak" ] && peak=$rss
  sleep 0.5
done
wait "$pid" || { tail -n 20 "$work/stderr.log" >&2; tail -n 5 "$log" >&2; exit 1; }

tail -n 1 "$log"
printf 'rejected pages: %s\n' "$(grep -c ': GEWEIGERD' "$log" || true)"
printf 'peak RSS of the importing JVM: %d MB\n' $((peak / 1024))
