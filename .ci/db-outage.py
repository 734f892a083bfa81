"""PostgreSQL unreachable: 503 problem+json with Retry-After, readiness DOWN, and recovery without a
restart (docs/adr/0025). The packaged PostgreSQL jar talks to the database through a TCP proxy on
loopback; the proxy is cut (every connection closed, new ones refused), then restored. The service
logs in JSON, as in the image: the line that reports the outage names, as mdc.requestId, the
request id of a 503 problem+json this script received (docs/adr/0026).

Usage: python3 .ci/db-outage.py PORT WORKDIR   (the proxy listens on PORT + 1)
Needs the PostgreSQL build in target/quarkus-app-postgresql.
"""
import json
import os
import socket
import sys
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "bench"))
from dienst import Database, Dienst, beheerpoort, vraag  # noqa: E402

port = int(sys.argv[1])
werk = sys.argv[2]
os.makedirs(werk, exist_ok=True)
# How long a cut or a restore may take to show; every request has a timeout well below it.
GRENS = 30
VERZOEK_TIMEOUT = 12
# The requestId of every problem+json received, to find the request a log line names.
ontvangen_ids = set()


class Proxy:
    """Forwards 127.0.0.1:PORT to PostgreSQL at 127.0.0.1:5432 until cut."""

    def __init__(self, poort, doel=("127.0.0.1", 5432)):
        self.poort, self.doel = poort, doel
        self.luister, self.verbindingen = None, []
        self.slot = threading.Lock()

    def open(self):
        self.luister = socket.socket()
        self.luister.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.luister.bind(("127.0.0.1", self.poort))
        self.luister.listen(64)
        threading.Thread(target=self._aanvaard, args=(self.luister,), daemon=True).start()

    def knip(self):
        """Refuse new connections and close every open one, as a database that went away."""
        # shutdown first: on Linux a bare close() leaves the socket listening while another
        # thread is blocked in accept() on it.
        self.luister.shutdown(socket.SHUT_RDWR)
        self.luister.close()
        with self.slot:
            for s in self.verbindingen:
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                s.close()
            self.verbindingen.clear()

    def _aanvaard(self, luister):
        while True:
            try:
                klant, _ = luister.accept()
            except OSError:
                return
            try:
                server = socket.create_connection(self.doel)
            except OSError:
                klant.close()
                continue
            with self.slot:
                self.verbindingen += [klant, server]
            for van, naar in ((klant, server), (server, klant)):
                threading.Thread(target=self._stuur, args=(van, naar), daemon=True).start()

    @staticmethod
    def _stuur(van, naar):
        try:
            while data := van.recv(65536):
                naar.sendall(data)
        except OSError:
            pass
        for s in (van, naar):
            try:
                s.close()
            except OSError:
                pass


def lees(pad):
    """(status, headers, body) or (None, ..) when the request timed out: a hang is a failure.
    Health is on the management port (docs/adr/0026), the API on its own."""
    try:
        poort = beheerpoort(port) if pad.startswith("/q/") else port
        antwoord = vraag(poort, "GET", pad, timeout=VERZOEK_TIMEOUT)
        if antwoord[1].get("content-type", "").startswith("application/problem+json"):
            id_ = json.loads(antwoord[2]).get("requestId")
            if not id_ or antwoord[1].get("x-request-id") != id_:
                raise SystemExit(f"{pad}: a problem without its request id: {antwoord}")
            ontvangen_ids.add(id_)
        return antwoord
    except OSError as e:
        return None, {}, repr(e).encode()


def wacht_tot(beschrijving, voorwaarde):
    begin = time.monotonic()
    while time.monotonic() - begin < GRENS:
        gezien = voorwaarde()
        if gezien is True:
            return time.monotonic() - begin
        time.sleep(0.5)
    raise SystemExit(f"not within {GRENS} s: {beschrijving}; last seen {gezien}")


PADEN = ["/v1/onderwerpen", "/v1/onderwerpen/23161", "/v1/wijzigingen"]


def onbereikbaar():
    for pad in PADEN:
        begin = time.monotonic()
        status, headers, body = lees(pad)
        duur = time.monotonic() - begin
        if status != 503:
            return f"{pad}: {status} after {duur:.1f} s {body[:200]!r}"
        problem = json.loads(body)
        if (not headers.get("content-type", "").startswith("application/problem+json")
                or headers.get("retry-after") != "5" or problem.get("status") != 503
                or "database" not in problem.get("detail", "")
                or "Exception" in body.decode()):
            return f"{pad}: 503 without the problem expected: {headers} {body[:300]!r}"
    status = lees("/q/health/ready")[0]
    if status != 503:
        return f"/q/health/ready: {status}"
    # Alive all the same: a pod must leave the Service, not be restarted.
    status = lees("/q/health/live")[0]
    return True if status == 200 else f"/q/health/live: {status}"


def bereikbaar():
    for pad in PADEN + ["/q/health/ready"]:
        status = lees(pad)[0]
        if status != 200:
            return f"{pad}: {status}"
    return True


proxy = Proxy(port + 1)
proxy.open()
naam = os.environ.get("DB_OUTAGE_DB", "agendawijzer_db_outage")
Database.postgresql(naam)
dienst = Dienst(Database("postgresql", f"jdbc:postgresql://127.0.0.1:{port + 1}/{naam}"), port,
                os.path.join(werk, "db-outage.log"),
                extra={"QUARKUS_LOG_CONSOLE_JSON_ENABLED": "true"})
dienst.start()
wacht_tot("reads answer 200 through the proxy", bereikbaar)
print("service up through the proxy: reads and readiness 200")

for ronde in (1, 2):
    proxy.knip()
    duur = wacht_tot("reads answer 503 problem+json with Retry-After, readiness DOWN", onbereikbaar)
    print(f"cut {ronde}: after {duur:.1f} s every read answered 503 problem+json with Retry-After: 5,"
          f" readiness DOWN, liveness UP, no request over {VERZOEK_TIMEOUT} s")
    time.sleep(3)
    if (fout := onbereikbaar()) is not True:
        raise SystemExit(f"cut {ronde}, later: {fout}")
    proxy.open()
    duur = wacht_tot("reads and readiness 200 again without a restart", bereikbaar)
    print(f"restored {ronde}: after {duur:.1f} s reads and readiness 200 again, same process"
          f" (pid {dienst.pid})")

if dienst.proces.poll() is not None:
    raise SystemExit("the service stopped")
with open(dienst.log) as log:
    regels = log.read()
waarschuwingen = regels.count("De database is niet bereikbaar") + regels.count(
    "Volgen van de wijzigingen voor de huidige versies mislukt")
print(f"log: {waarschuwingen} warnings of ours about the outage, {regels.count('Onverwachte fout')}"
      " unexpected errors")
if "Onverwachte fout" in regels:
    raise SystemExit("an outage was logged as an unexpected error (a 500)")
gemeld = []
for regel in regels.splitlines():
    try:
        record = json.loads(regel)
    except ValueError:
        continue  # the JVM's own lines before logging starts
    if record.get("message", "").startswith("De database is niet bereikbaar"):
        gemeld.append(record.get("mdc", {}).get("requestId"))
if not gemeld or not all(id_ in ontvangen_ids for id_ in gemeld):
    raise SystemExit(f"outage log lines {gemeld} do not name the request id of a problem received")
print(f"log: each of the {len(gemeld)} JSON lines reporting the outage names the requestId of a"
      " 503 problem+json received")
dienst.stop()
print("database outage: 503 and readiness DOWN while cut, recovered by itself when restored")
