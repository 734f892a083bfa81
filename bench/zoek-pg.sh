#!/usr/bin/env bash
# zoek (and the list queries) on PostgreSQL at council scale, at the SQL level (issue 11 c):
# creates database DB (default wt_zoek_bench; dropped first), runs the migrations with psql (up to
# V14 + V8_1, the state before V17), fills it with SQL (bench/zoek-pg/vul.sql: 10,000 onderwerpen
# of ~3 KB indexed text, 100,000 voorstellen, 120,000 stemmingen; NOT the service's write path,
# for EXPLAIN and query latency only), measures the old search query, applies V17 and V17_1 and
# measures the new one: p50/p90 of N runs per case with pgbench -M prepared (1 client), then
# EXPLAIN ANALYZE of each list query into /tmp/DB-lijsten.txt. Usage: bench/zoek-pg.sh [DB] [N]
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:-wt_zoek_bench}; n=${2:-20}
psql_() { psql -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres -d "$db" "$@"; }
dropdb -h 127.0.0.1 -U postgres --if-exists "$db"; createdb -h 127.0.0.1 -U postgres "$db"
for v in $(ls src/main/resources/db/migration src/main/resources/db/postgresql | sed -n 's/^V\([0-9_]*\)__.*/\1/p' | sort -t_ -k1,1n -k2,2n); do
  [ "${v%%_*}" -ge 15 ] && continue
  psql_ -f "$(ls src/main/resources/db/*/V${v}__*.sql)"
done
psql_ -f bench/zoek-pg/vul.sql
werk=$(mktemp -d); trap 'rm -rf "$werk"' EXIT
meet() {
  while read -r naam q tabel sleutel type; do
    sed "s/:tabel/$tabel/; s/:sleutel/$sleutel/" "$1" > "$werk/case.sql"
    rm -f "$werk"/log*
    pgbench -h 127.0.0.1 -U postgres -n -M prepared -c 1 -t "$n" -f "$werk/case.sql" -D "q=$q" \
      -D "type=$type" -D n=21 -l --log-prefix="$werk/log" "$db" > "$werk/out" 2>&1 || cat "$werk/out"
    cat "$werk"/log* | awk '{print $3/1000}' | sort -n | awk -v naam="$naam" '{a[NR]=$1}
      END {printf "  %-36s n=%d p50=%.1f ms p90=%.1f ms\n", naam, NR, a[int((NR+1)/2)], a[int(NR*0.9+0.5)]}'
  done <<'CASES'
onderwerpen?zoek=mensenhandel mensenhandel:* onderwerp raadsnummer ONDERWERP
onderwerpen?zoek=wonen wonen:* onderwerp raadsnummer ONDERWERP
onderwerpen?zoek=10042 10042:* onderwerp raadsnummer ONDERWERP
onderwerpen?zoek=mensenhandel+festival mensenhandel:*&festival:* onderwerp raadsnummer ONDERWERP
voorstellen?zoek=mensenhandel mensenhandel:* voorstel nummer VOORSTEL
voorstellen?zoek=10042 10042:* voorstel nummer VOORSTEL
voorstellen?zoek=voorstel voorstel:* voorstel nummer VOORSTEL
CASES
}
echo "before V17 (expression index, to_tsvector per match):"; n=$(( n < 5 ? n : 5 )) meet bench/zoek-pg/oud.sql
psql_ -f src/main/resources/db/migration/V17__*.sql -f src/main/resources/db/postgresql/V17_1__*.sql
psql_ -c "vacuum analyze"
echo "after V17_1 (stored weighted tsvector, GIN):"; meet bench/zoek-pg/nieuw.sql
psql_ -f bench/zoek-pg/lijsten.sql > "/tmp/$db-lijsten.txt" 2>&1
echo "EXPLAIN ANALYZE of the list queries: /tmp/$db-lijsten.txt"
