#!/usr/bin/env bash
# Council-scale data (issue 11): generates twenty years of a council with bench/raad.py (ONDERWERPEN
# onderwerpen, default 10,000: 100,000 voorstellen, 120,000 stemmingen with 12 factions, 2,000
# meetings; seed SEED, default 20261207) and loads it through the service's own paths into DATA
# (an H2 folder, kept afterwards): the 12 factions with POST /v1/fracties, then the pages with the
# folder command of the packaged jar. Prints the import's pages/s and peak RSS (-Xmx256m) and the
# counts the API then serves. Usage: bench/raad.sh DATA [ONDERWERPEN] [SEED]
# Build first: mvn -B -DskipTests package. Port BENCH_PORT (default 18170). BENCH_DB=postgresql:NAME
# loads into a PostgreSQL database NAME on 127.0.0.1 (dropped and made again; DATA is then unused)
# with the PostgreSQL build, which it makes in target/quarkus-app-postgresql when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
# The service started here is read from one address far faster than a client may (docs/adr/0024).
export AGENDAWIJZER_LEESLIMIET_ENABLED=false

data=${1:?"usage: bench/raad.sh DATA [ONDERWERPEN] [SEED]"}
onderwerpen=${2:-10000}
seed=${3:-20261207}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [[ "${BENCH_DB:-}" == postgresql:* && ! -f target/quarkus-app-postgresql/quarkus-run.jar ]]; then
  mvn -B -q -DskipTests package -Dquarkus.profile=postgresql \
    -Dquarkus.package.output-directory=quarkus-app-postgresql
fi
python3 bench/raad.py "$work" "$onderwerpen" "$seed"
python3 - "$data" "$work" "$onderwerpen" "${BENCH_PORT:-18170}" <<'PY'
import json, os, re, subprocess, sys, time
sys.path.insert(0, "bench")
from dienst import Database, Dienst, vraag

data, werk, onderwerpen, port = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
# BENCH_DB=postgresql:<name> loads into that PostgreSQL database (dropped and made again) instead.
ziel = os.environ.get("BENCH_DB", "")
db = Database.postgresql(ziel.partition(":")[2]) if ziel.startswith("postgresql:") else Database.h2(data)
dienst = Dienst(db, port, os.path.join(werk, "dienst.log"), jvm=["-Xmx256m"])
dienst.start()
sleutel = dienst.redacteur("raad.sh")
for fractie in json.load(open(os.path.join(werk, "fracties.json"))):
    status, _, body = vraag(port, "POST", "/v1/fracties", fractie, sleutel=sleutel)
    if status not in (201, 409):
        raise SystemExit(f"POST /v1/fracties gave {status}: {body[:300]!r}")
dienst.stop()

log = open(os.path.join(werk, "import.log"), "w")
begin = time.monotonic()
# IMPORT_JVM: more JVM options for the import only, e.g. a flight recording.
extra_jvm = os.environ.get("IMPORT_JVM", "").split()
proces = Dienst(db, port, os.path.join(werk, "import-stderr.log"),
                jvm=["-Xmx256m", *extra_jvm]).start(
    "importeer", os.path.join(werk, "paginas"), stdout=log, wacht=False)
piek = 0
while proces.poll() is None:
    try:
        with open(f"/proc/{proces.pid}/status") as s:
            piek = max(piek, int(re.search(r"VmHWM:\s+(\d+)", s.read()).group(1)))
    except (OSError, AttributeError):
        pass
    time.sleep(0.5)
duur = time.monotonic() - begin
log.close()
if proces.returncode != 0:
    raise SystemExit(f"the import stopped with {proces.returncode}; see {werk}/import.log")
regels = open(os.path.join(werk, "import.log")).read().splitlines()
geweigerd = sum(1 for regel in regels if ": GEWEIGERD" in regel)
totaal = next((r for r in reversed(regels) if r.startswith("Totaal:")), "no totals line")
print(f"(e) folder import of {onderwerpen} pages: {onderwerpen / duur:.0f} pages/s"
      f" ({duur:.1f} s, JVM start included), peak RSS {piek / 1024:.0f} MB, rejected {geweigerd}")
print(f"(e) the folder command's own count, without the JVM's start: {totaal}")

dienst.start()
for collectie in ("onderwerpen", "voorstellen", "stemmingen", "vergaderingen", "fracties"):
    status, _, body = vraag(port, "GET", f"/v1/exports/{collectie}.ndjson", timeout=600)
    rijen = sum(1 for regel in body.splitlines() if regel.strip())
    print(f"{collectie}: {rijen} served")
dienst.stop()
PY
