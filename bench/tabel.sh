#!/usr/bin/env bash
# The performance table of issue 11 (docs/adr/0022): detail GETs and 304s of the service against
# nginx serving the identical bytes from files and a bare Quarkus app answering them from memory
# (bench/kaal), alternating in one run; prints a Markdown table of req/s, p50, p99 and ratios.
# Builds the service and bench/kaal when their jars are missing and installs nginx and wrk with
# apt-get when they are not there. Usage: bench/tabel.sh [SECONDS] [ROUNDS]   (default 10 s, 3)
# Ports BENCH_PORT (default 18180) and the next two; BENCH_HEAP (default 256m) for the service.
set -euo pipefail
cd "$(dirname "$0")/.."
# The service started here is read from one address far faster than a client may (docs/adr/0024).
export AGENDAWIJZER_LEESLIMIET_ENABLED=false

if ! command -v nginx >/dev/null || ! command -v wrk >/dev/null; then
  apt-get install -y -q nginx wrk >/dev/null || { apt-get update -q && apt-get install -y -q nginx wrk >/dev/null; }
fi
[ -f target/quarkus-app/quarkus-run.jar ] || mvn -B -q -DskipTests package
[ -f bench/kaal/target/quarkus-app/quarkus-run.jar ] || mvn -B -q -f bench/kaal/pom.xml package
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 bench/tabel.py "$work" "${1:-10}" "${2:-3}"
