#!/usr/bin/env bash
# Write throughput of the API against the packaged jar on a fresh database: WRITES (default 400)
# text/plain imports of generated pages (one transaction each, 3 to 7 resources) and WRITES POSTs
# of onderwerpen, first from one client one after another, then from 8 clients at once; prints
# writes per second and the ratio of concurrent to sequential. DB is h2 (default) or postgresql
# (a database of its own, `agendawijzer_bench_writes`; needs the PostgreSQL build, see
# .ci/kill-smoke). To compare with commits that are not durable: AGENDAWIJZER_JAR=<an older
# build>/quarkus-run.jar (H2, WRITE_DELAY 500) or
# QUARKUS_DATASOURCE_JDBC_NEW_CONNECTION_SQL='SET synchronous_commit = off' (PostgreSQL).
# Port: BENCH_PORT (default 18089).
# Build first: mvn -B -DskipTests package
set -euo pipefail
cd "$(dirname "$0")/.."
# The service started here is read from one address far faster than a client may (docs/adr/0024).
export AGENDAWIJZER_LEESLIMIET_ENABLED=false

writes=${1:-400}
db=${2:-h2}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$writes" "$db" "$work" "${BENCH_PORT:-18089}" <<'PY'
import json, os, sys, threading, time, http.client
sys.path.insert(0, "bench")
import paginas
from dienst import Database, Dienst, vraag

writes, soort, werk, port = int(sys.argv[1]), sys.argv[2], sys.argv[3], int(sys.argv[4])
db = (Database.h2(os.path.join(werk, "data")) if soort == "h2"
      else Database.postgresql("agendawijzer_bench_writes"))
dienst = Dienst(db, port, os.path.join(werk, "dienst.log"))
dienst.start()
sleutel = dienst.redacteur()
print(f"database {soort}, jar {db.jar()},"
      f" new-connection-sql {os.environ.get('QUARKUS_DATASOURCE_JDBC_NEW_CONNECTION_SQL', 'as configured')}")


def page_write(i, c):
    s, _, body = vraag(port, "POST", "/v1/importeren", paginas.pagina(i), sleutel=sleutel,
                       verbinding=c)
    assert s == 200, (s, body[:200])


def topic_write(i, c):
    s, _, body = vraag(port, "POST", "/v1/onderwerpen",
                       {"raadsnummer": f"RV-{i}/2032", "titel": f"Bench {i}"}, sleutel=sleutel,
                       verbinding=c)
    assert s == 201, (s, body[:200])


def run(write, first, clients, count=None):
    """count (default: writes) calls of write over `clients` threads, each with its own keep-alive connection."""
    count = count or writes
    errors = []

    def client(k):
        c = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        try:
            for i in range(first + k, first + count, clients):
                write(i, c)
        except Exception as e:  # counted, and the bench fails below
            errors.append(e)
        finally:
            c.close()

    threads = [threading.Thread(target=client, args=(k,)) for k in range(clients)]
    start = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join(600)
    seconds = time.monotonic() - start
    if errors:
        raise SystemExit(f"{len(errors)} clients failed: {errors[0]!r}")
    return count / seconds, seconds


# Warm up the JIT on pages and topics that are not measured.
run(page_write, 30000, 4, max(writes // 4, 8))
run(topic_write, 30000, 4, max(writes // 4, 8))
for naam, write, eerste in (("text/plain import of a page", page_write, 0),
                            ("POST /v1/onderwerpen", topic_write, 0)):
    seq, s1 = run(write, eerste, 1)
    par, s8 = run(write, eerste + 10000, 8)
    print(f"{naam:30s} 1 client {seq:7.1f}/s ({s1:5.1f} s)   8 clients {par:7.1f}/s ({s8:5.1f} s)"
          f"   ratio 8:1 {par / seq:4.2f}")
dienst.stop()
PY
