#!/usr/bin/env bash
# A change of seats over a whole term: STEMMINGEN (default 20000) stemmingen in the term
# 2022-2026 are imported (pages of 100 motions each, one vote per motion), then the term's seats
# change with one PUT /v1/raad/perioden/2022-2026 (45 -> 46 and back). Every stemming in the term
# gets its check recomputed and a new version, and so does every voorstel. Prints the seconds of
# each PUT, the versions it wrote (the feed position before and after) and versions per second.
# DB is h2 (default) or postgresql (a database of its own, `agendawijzer_bench_zetels`; needs the
# PostgreSQL build, see .ci/kill-smoke). Port: BENCH_PORT (default 18090).
# Build first: mvn -B -DskipTests package
set -euo pipefail
cd "$(dirname "$0")/.."
# The service started here is read from one address far faster than a client may (docs/adr/0024).
export AGENDAWIJZER_LEESLIMIET_ENABLED=false

stemmingen=${1:-20000}
db=${2:-h2}
work=${BENCH_WORK:-$(mktemp -d)}
[ -n "${BENCH_WORK:-}" ] || trap 'rm -rf "$work"' EXIT

python3 - "$stemmingen" "$db" "$work" "${BENCH_PORT:-18090}" <<'PY'
import json, os, sys, time
sys.path.insert(0, "bench")
from dienst import Database, Dienst, vraag

aantal, soort, werk, port = int(sys.argv[1]), sys.argv[2], sys.argv[3], int(sys.argv[4])
PER_PAGINA = 100
MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"]


def pagina(p):
    """Topic 70000 + p with PER_PAGINA motions decided on one day in 2023-2025 (inside 2022-2026)."""
    nr = 70000 + p
    jaar, maand, dag = 2023 + p % 3, 1 + p % 12, 1 + p % 28
    moties = "".join(f"  • Motie: Motie {p}-{k} ({nr}.{k:03d}) AANVAARD {20 + k % 10}/{10 + k % 5}\n"
                     for k in range(1, PER_PAGINA + 1))
    return (f"Agendawijzer\n\nOnderwerp {p}\n\nRaadsnummer: {nr}\n\nGeschreven op: "
            f"{dag:02d}-{maand:02d}-{jaar} | Laatst bewerkt op: {dag:02d}-{maand:02d}-{jaar} | "
            f"Status onderwerp: afgerond\n\nTeaser {p}.\n\n\u00a0\nEerdere berichten\n\n"
            f"{dag} {MAANDEN[maand - 1]} {jaar} - Plenair, besluit.\n\n{moties}")


db = (Database.h2(os.path.join(werk, "data")) if soort == "h2"
      else Database.postgresql("agendawijzer_bench_zetels"))
dienst = Dienst(db, port, os.path.join(werk, "dienst.log"), jvm=["-Xmx1g"])
dienst.start()
sleutel = dienst.redacteur()

begin = time.monotonic()
for p in range((aantal + PER_PAGINA - 1) // PER_PAGINA):
    s, _, body = vraag(port, "POST", "/v1/importeren", pagina(p), sleutel=sleutel, timeout=300)
    assert s == 200, (s, body[:300])
print(f"database {soort}: {aantal} stemmingen imported in {time.monotonic() - begin:.0f} s")


def laatste_volgnummer():
    # The follower's resume point after reading everything: walk to the end in pages of 100.
    na = 0
    while True:
        s, _, body = vraag(port, "GET", f"/v1/wijzigingen?pageSize=100&naVolgnummer={na}")
        page = json.loads(body)
        href = page["_links"]["vervolg"]["href"]
        volgende = int(href.rsplit("naVolgnummer=", 1)[1].split("&")[0])
        if "next" not in page["_links"]:
            return volgende
        na = volgende


for zetels in (46, 45):
    s, h, body = vraag(port, "GET", "/v1/raad")
    etag = h["etag"]
    voor = laatste_volgnummer()
    begin = time.monotonic()
    s, h, body = vraag(port, "PUT", "/v1/raad/perioden/2022-2026",
                       {"van": "2022-03-16", "tot": "2026-03-17", "zetels": zetels},
                       sleutel=sleutel, headers={"If-Match": etag}, timeout=600)
    duur = time.monotonic() - begin
    assert s == 200, (s, body[:300])
    versies = laatste_volgnummer() - voor
    print(f"seats of 2022-2026 -> {zetels}: {duur:.2f} s, {versies} versions written,"
          f" {versies / duur:.0f} versions/s")
dienst.stop()
PY
