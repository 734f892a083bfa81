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
a.start()
b = Dienst(database, port + 1, os.path.join(werk, "replica-b.log"), beheersleutel=a.beheersleutel)
b.start()
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
a.stop()
b.stop()
print("replicas fresh: every write visible at once on its replica and within the bound on the other")
