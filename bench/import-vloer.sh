#!/usr/bin/env bash
# The storage floor of part (e) of issue 11: how fast the database alone stores the rows that an
# import of council-shaped pages wrote, with no service, ORM or parser in between. Takes data that
# bench/raad.sh loaded, dumps all of it, and loads the dump into a fresh database in one
# transaction, the cheapest way the database takes these rows: H2 with its own Script/RunScript
# tools (SQL INSERTs of many rows each), PostgreSQL with pg_dump and psql (COPY). Prints the load's
# wall and CPU time and the pages per second it amounts to, beside the import's own rate.
# Usage: bench/import-vloer.sh h2:<folder>|postgresql:<name>
set -euo pipefail
cd "$(dirname "$0")/.."

bron=${1:?"usage: bench/import-vloer.sh h2:<folder>|postgresql:<name>"}
[ -f target/quarkus-app/quarkus-run.jar ] || mvn -B -q -DskipTests package
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$bron" "$work" <<'PY'
import glob, os, resource, subprocess, sys, time

bron, werk = sys.argv[1], sys.argv[2]
soort, _, plek = bron.partition(":")
pg = ["-h", "127.0.0.1", "-p", "5432", "-U", "postgres"]


def gemeten(opdracht, **kw):
    """Runs a command; its wall time and the CPU time of it and its children (the database's own
    server processes are not children: for PostgreSQL the CPU is psql's only, and wall counts)."""
    voor = resource.getrusage(resource.RUSAGE_CHILDREN)
    begin = time.monotonic()
    subprocess.run(opdracht, check=True, **kw)
    duur = time.monotonic() - begin
    na = resource.getrusage(resource.RUSAGE_CHILDREN)
    return duur, (na.ru_utime - voor.ru_utime) + (na.ru_stime - voor.ru_stime)


if soort == "h2":
    h2 = glob.glob("target/quarkus-app/lib/main/com.h2database.h2-*.jar")[0]
    url = f"jdbc:h2:file:{os.path.abspath(plek)}/agendawijzer;DATABASE_TO_LOWER=TRUE"
    telling = subprocess.run(
        ["java", "-cp", h2, "org.h2.tools.Shell", "-url", url, "-user", "agendawijzer",
         "-sql", "select count(*) as n from onderwerp"], check=True, capture_output=True, text=True)
    paginas = int(telling.stdout.split()[1]) - 1  # the reference page is no import's
    dump = os.path.join(werk, "dump.sql")
    subprocess.run(["java", "-cp", h2, "org.h2.tools.Script", "-url", url,
                    "-user", "agendawijzer", "-script", dump], check=True)
    # One transaction: RunScript would otherwise commit, and write the file, after each statement.
    een = os.path.join(werk, "een-transactie.sql")
    with open(een, "w") as uit, open(dump) as inn:
        uit.write("SET AUTOCOMMIT FALSE;\n")
        for regel in inn:
            uit.write(regel)
        uit.write("COMMIT;\n")
    doel = os.path.join(werk, "vers")
    os.makedirs(doel)
    duur, cpu = gemeten(
        ["java", "-Xmx256m", "-cp", h2, "org.h2.tools.RunScript", "-url",
         f"jdbc:h2:file:{doel}/agendawijzer;DATABASE_TO_LOWER=TRUE;WRITE_DELAY=0",
         "-user", "agendawijzer", "-script", een])
    omvang = os.path.getsize(dump)
elif soort == "postgresql":
    telling = subprocess.run(["psql", *pg, "-d", plek, "-Atc", "select count(*) from onderwerp"],
                             check=True, capture_output=True, text=True)
    paginas = int(telling.stdout) - 1
    dump = os.path.join(werk, "dump.sql")
    subprocess.run(["pg_dump", *pg, "--no-owner", "-f", dump, plek], check=True)
    doel = plek + "_vloer"
    subprocess.run(["dropdb", *pg, "--if-exists", doel], check=True)
    subprocess.run(["createdb", *pg, doel], check=True)
    duur, cpu = gemeten(["psql", *pg, "-q", "-1", "-v", "ON_ERROR_STOP=1", "-d", doel, "-f", dump],
                        stdout=subprocess.DEVNULL)
    subprocess.run(["dropdb", *pg, doel], check=True)
    omvang = os.path.getsize(dump)
else:
    raise SystemExit(f"not a database: {bron!r} (h2:<folder> or postgresql:<name>)")

print(f"(e) storage floor on {soort}: the rows of {paginas} imported pages ({omvang / 2**20:.0f} MiB"
      f" of dump) loaded into a fresh database in one transaction in {duur:.1f} s"
      f" ({cpu:.1f} s CPU of the loading process): {paginas / duur:.0f} pages/s")
PY
