"""Two replicas on one PostgreSQL: the current versions each keeps in memory (docs/adr/0022) are
fresh. Both replicas read a resource first (so each holds it), then one of them writes it; the
writer must serve the new version at once, the other within BOUND seconds, with the same ETag and
the same body. Writes alternate between the replicas and between an onderwerp and a voorstel; a
304 for the old ETag must turn into a 200 on the other replica within the same bound.

Usage: python3 .ci/replica-check.py PORT WORKDIR [ROUNDS] [BOUND]
Needs the PostgreSQL build in target/quarkus-app-postgresql (.ci/kill-smoke makes it).
"""
import json
import os
import re
import statistics
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "bench"))
from dienst import Database, Dienst, vraag  # noqa: E402

port = int(sys.argv[1])
werk = sys.argv[2]
rondes = int(sys.argv[3]) if len(sys.argv) > 3 else 40
grens = float(sys.argv[4]) if len(sys.argv) > 4 else 1.0
os.makedirs(werk, exist_ok=True)

database = Database.postgresql(os.environ.get("REPLICA_CHECK_DB", "agendawijzer_replicas"))
a = Dienst(database, port, os.path.join(werk, "replica-a.log"))
b = Dienst(database, port + 1, os.path.join(werk, "replica-b.log"), beheersleutel=a.beheersleutel)


def start_tegelijk():
    """Both replicas started at the same moment, as a Deployment's pods are (docs/adr/0025)."""
    for dienst in (a, b):
        dienst.start(wacht=False)
    for dienst in (a, b):
        dienst.wacht_tot_gereed(300)


def items(body):
    """The items of a list page (its one embedded list)."""
    return next(iter(json.loads(body)["_embedded"].values()))


def referentiedata_eenmaal(raadsnummers=("23161",)):
    """The reference page was loaded once: its onderwerp at version 1, on both, beside only
    `raadsnummers`."""
    for dienst in (a, b):
        status, _, body = vraag(dienst.port, "GET", "/v1/onderwerpen")
        onderwerpen = items(body) if status == 200 else None
        if status != 200 or sorted(o["raadsnummer"] for o in onderwerpen) != sorted(raadsnummers):
            raise SystemExit(f"replica on {dienst.port}: onderwerpen {status} {body[:300]!r}")
        status, _, body = vraag(dienst.port, "GET", "/v1/onderwerpen/23161/versies")
        if status != 200 or len(items(body)) != 1:
            raise SystemExit(f"replica on {dienst.port}: versions of 23161 {status} {body[:300]!r}")


def feed(dienst):
    """Every page of the change feed as served, with the replica's own origin taken out."""
    pagina, paginas = "/v1/wijzigingen", []
    while pagina:
        status, _, body = vraag(dienst.port, "GET", pagina)
        if status != 200:
            raise SystemExit(f"GET {pagina} on {dienst.port} gave {status}")
        paginas.append(re.sub(rb"http://[^/\"]+/v1/", b"/v1/", body))
        volgende = json.loads(body).get("_links", {}).get("next")
        pagina = re.sub(r"^http://[^/]+", "", volgende["href"]) if volgende else None
    return paginas


start_tegelijk()
referentiedata_eenmaal()
print("two replicas started at once on an empty database: both ready, the reference data loaded once")
replicas = {"A": a, "B": b}
sleutel = a.redacteur("replica-check")


def inhoud(body):
    """The JSON of a body without the replica's own origin, which its links carry."""
    return json.loads(re.sub(rb"http://[^/\"]+/v1/", b"/v1/", body))


def lees(dienst, pad, etag=None):
    status, headers, body = vraag(dienst.port, "GET", pad,
                                  headers={"If-None-Match": etag} if etag else None)
    return status, headers.get("etag"), body


def schrijf(dienst, pad, etag, titel):
    status, headers, body = vraag(
        dienst.port, "PATCH", pad, {"titel": titel}, sleutel=sleutel,
        headers={"If-Match": etag, "Content-Type": "application/merge-patch+json"})
    if status != 200:
        raise SystemExit(f"PATCH {pad} on {dienst.port} gave {status}: {body[:300]!r}")
    return headers["etag"]


status, _, body = vraag(a.port, "POST", "/v1/onderwerpen",
                        {"raadsnummer": "99001", "titel": "Replica's"}, sleutel=sleutel)
if status != 201:
    raise SystemExit(f"POST onderwerp gave {status}: {body[:300]!r}")
status, _, body = vraag(b.port, "POST", "/v1/voorstellen",
                        {"nummer": "99001.001", "soort": "MOTIE", "titel": "Replica's",
                         "onderwerp": "99001"}, sleutel=sleutel)
if status != 201:
    raise SystemExit(f"POST voorstel gave {status}: {body[:300]!r}")

paden = ["/v1/onderwerpen/99001", "/v1/voorstellen/99001.001"]
# A kept list page (Lijstpaginas) that shows the voorstel: it must follow the same bound.
lijst = "/v1/onderwerpen/99001/voorstellen"


def versie_in_lijst(dienst):
    status, _, body = vraag(dienst.port, "GET", lijst)
    if status != 200:
        raise SystemExit(f"GET {lijst} on {dienst.port} gave {status}")
    return json.loads(body)["_embedded"]["voorstellen"][0]["versie"]


lijst_achterstanden = []
achterstanden = []
fouten = []
for ronde in range(rondes):
    pad = paden[ronde % 2]
    schrijver, lezer = (a, b) if ronde % 4 < 2 else (b, a)
    # Both hold the current version before the write, and agree on it.
    _, etag_schrijver, body_schrijver = lees(schrijver, pad)
    _, etag_lezer, body_lezer = lees(lezer, pad)
    if etag_schrijver != etag_lezer or inhoud(body_schrijver) != inhoud(body_lezer):
        fouten.append(f"round {ronde}: before the write the replicas differ on {pad}"
                      f" ({etag_schrijver} and {etag_lezer})")
        continue
    oud = etag_schrijver
    if pad == paden[1]:
        versie_in_lijst(schrijver), versie_in_lijst(lezer)  # both keep the page
    nieuw = schrijf(schrijver, pad, oud, f"Ronde {ronde}")
    geschreven = time.monotonic()
    if pad == paden[1]:
        if versie_in_lijst(schrijver) != int(nieuw.strip('"')):
            fouten.append(f"round {ronde}: the writer's list did not show {nieuw} at once")
        while versie_in_lijst(lezer) != int(nieuw.strip('"')):
            if time.monotonic() - geschreven > 5 * grens:
                break
            time.sleep(0.01)
        verstreken = time.monotonic() - geschreven
        lijst_achterstanden.append(verstreken)
        if verstreken > grens:
            fouten.append(f"round {ronde}: the other replica's list showed {nieuw} only after"
                          f" {verstreken:.2f} s")
    status, etag, _ = lees(schrijver, pad)
    if etag != nieuw:
        fouten.append(f"round {ronde}: the writer served {etag} straight after writing {nieuw}")
    while True:
        status, etag, body = lees(lezer, pad, etag=oud)
        verstreken = time.monotonic() - geschreven
        if status == 200 and etag == nieuw:
            break
        if status not in (200, 304):
            fouten.append(f"round {ronde}: the other replica answered {status}")
            break
        if verstreken > 5 * grens:
            break
        time.sleep(0.01)
    achterstanden.append(verstreken)
    if etag != nieuw:
        fouten.append(f"round {ronde}: the other replica still served {etag} after {verstreken:.2f} s")
    elif verstreken > grens:
        fouten.append(f"round {ronde}: the other replica served {nieuw} only after {verstreken:.2f} s")
    elif inhoud(body) != inhoud(lees(schrijver, pad)[2]):
        fouten.append(f"round {ronde}: the other replica served {nieuw} with another body")

if fouten:
    print("\n".join(fouten), file=sys.stderr)
    raise SystemExit(1)
achterstanden.sort()
p95 = achterstanden[max(0, int(len(achterstanden) * 0.95) - 1)] if achterstanden else 0
print(f"{len(achterstanden)} writes on two replicas: the other replica served the new version after"
      f" median {statistics.median(achterstanden) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms,"
      f" max {achterstanden[-1] * 1000:.0f} ms (bound {grens * 1000:.0f} ms)")
lijst_achterstanden.sort()
print(f"{len(lijst_achterstanden)} of them on the voorstel: the other replica's list page {lijst}"
      f" showed it after median {statistics.median(lijst_achterstanden) * 1000:.0f} ms,"
      f" max {lijst_achterstanden[-1] * 1000:.0f} ms")
print("replicas fresh: every write visible at once on its replica and within the bound on the other")

paginas_a, paginas_b = feed(a), feed(b)
if paginas_a != paginas_b:
    raise SystemExit(f"the change feed differs between the replicas ({len(paginas_a)} and"
                     f" {len(paginas_b)} pages)")
for pad in paden:
    if lees(a, pad)[1] != lees(b, pad)[1]:
        raise SystemExit(f"the replicas serve {pad} with different ETags")
print(f"the change feed ({len(paginas_a)} pages) and the ETags are identical on both replicas")

a.stop()
b.stop()
start_tegelijk()
referentiedata_eenmaal(("23161", "99001"))
if feed(a) != paginas_a or feed(b) != paginas_a:
    raise SystemExit("after a restart of both the change feed is not what it was")
a.stop()
b.stop()
print("both restarted at once against the existing schema: ready, nothing loaded again, same feed")
