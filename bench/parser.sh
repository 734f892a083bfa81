#!/usr/bin/env bash
# Parser benchmark: how long does each adversarial page take, and does the time grow linearly?
#
# Builds the test classes and runs nl.agendawijzer.importeren.ParserBench (test scope) on the pages
# of AdversarialePaginas: for each pattern's worst case (runs of punctuation, separators, spaces,
# digits, repeated fragments such as "(1.", "Voor:", dates and "https://", many short lines) the
# best of three parse times at half and at full size, and their ratio (about 2 when linear, about 4
# when quadratic). The line limit is off, so one long line reaches every pattern.
#
# Usage: bench/parser.sh [CHARS] [TIMEOUT_S]   (default 1,000,000 characters, 60 s a parse)
set -euo pipefail
cd "$(dirname "$0")/.."

chars=${1:-1000000}
timeout=${2:-60}
cp=$(mktemp)
trap 'rm -f "$cp"' EXIT
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile="$cp" >/dev/null
java -Xmx1g -cp "target/test-classes:target/classes:$(cat "$cp")" \
  nl.agendawijzer.importeren.ParserBench "$chars" "$timeout"
