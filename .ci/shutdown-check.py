"""Graceful shutdown (docs/adr/0027): the packaged service on H2 with ROWS generated stemmingen;
a slow download of /v1/exports/stemmingen.csv is in flight when the service gets SIGTERM. Checks
that the download completes with every byte (the same bytes as a full download before), that new
requests are still answered during the shutdown delay and refused after it while the download
goes on, and that the process exits within the grace period with the exit code Quarkus gives a
SIGTERM. Usage: shutdown-check.py PORT WORKDIR ROWS"""
import hashlib
import http.client
import os
import signal
import socket
import subprocess
import sys
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "bench"))
import dienst  # noqa: E402

port, work, rows = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
PAD = "/v1/exports/stemmingen.csv"
# terminationGracePeriodSeconds of k8s/base/deployment.yaml: the kubelet's SIGKILL comes then.
GRACE = 45
# What the JVM gives a SIGTERM once its shutdown hooks (Quarkus' graceful shutdown) have run:
# 128 + 15, seen here; Quarkus does not turn it into 0. Kubernetes reads it as a stop it asked for.
EXIT = 143

data = os.path.join(work, "data")
database = dienst.Database.h2(data)
service = dienst.Dienst(database, port, os.path.join(work, "dienst.log"),
                        extra={"AGENDAWIJZER_EXPORT_MAP": work})
# A first start makes the schema; the rows go in by direct SQL while the service is down, as
# bench/slow-export-readers.sh adds them (an import would take minutes); then the real start, with
# the service's own JDBC URL.
service.start()
service.stop()
h2 = [os.path.join("target/quarkus-app/lib/main", f)
      for f in os.listdir("target/quarkus-app/lib/main") if f.startswith("com.h2database.h2-")][0]
subprocess.run(
    ["java", "-cp", h2, "org.h2.tools.Shell", "-url",
     f"jdbc:h2:file:{data}/agendawijzer;DATABASE_TO_LOWER=TRUE", "-user", "agendawijzer",
     "-password", "", "-sql",
     "insert into stemming (id, voorstel_nummer, vergadering_id, datum, uitslag, uitslag_tekst,"
     " voor, tegen, controle_status, versie, gewijzigd_op)"
     " select 'stop-' || lpad(\"X\", 7, '0'), '23161.001', null,"
     " dateadd(day, mod(\"X\" * 7919, 3650), date '2015-01-01'), 'AANVAARD',"
     " 'Aanvaard, met een toelichting die de regel wat langer maakt', mod(\"X\", 46),"
     f" 45 - mod(\"X\", 46), 'OK', 1, current_timestamp from system_range(1, {rows})"],
    check=True, stdout=subprocess.DEVNULL)
service.start()

status, _, geheel = dienst.vraag(port, "GET", PAD, timeout=120)
assert status == 200, f"the full download gave {status}"
print(f"full download: {len(geheel)} bytes")


def traag():
    """The download again, read slowly through a small receive buffer, so the service is still
    sending when the signal comes."""
    s = socket.socket()
    s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    s.settimeout(60)
    s.connect(("127.0.0.1", port))
    s.sendall(f"GET {PAD} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n".encode())
    ontvangen = bytearray()
    try:
        while True:
            stuk = s.recv(16384)
            if not stuk:
                break
            ontvangen += stuk
            time.sleep(len(stuk) / SNELHEID)
    except OSError as e:
        uitkomst["fout"] = repr(e)
    s.close()
    uitkomst["klaar"] = time.monotonic()
    kop, _, lijf = bytes(ontvangen).partition(b"\r\n\r\n")
    uitkomst["kop"], uitkomst["lijf"] = kop.decode("latin-1"), lijf


# About 15 s for the whole file: longer than the shutdown delay, well within delay plus timeout.
SNELHEID = max(len(geheel) / 15, 16384)
uitkomst = {}
lezer = threading.Thread(target=traag)
lezer.start()
time.sleep(1.5)
assert lezer.is_alive(), "the slow download ended before the signal"
signaal = time.monotonic()
os.kill(service.pid, signal.SIGTERM)

# New requests, each on a new connection, until one is refused.
antwoorden = []
geweigerd = None
while time.monotonic() - signaal < GRACE and service.proces.poll() is None:
    try:
        status = dienst.vraag(port, "GET", "/v1/onderwerpen/23161", timeout=5)[0]
    except (OSError, http.client.HTTPException):
        status = "refused"
    antwoorden.append((round(time.monotonic() - signaal, 1), status))
    if status != 200:
        geweigerd = time.monotonic()
        break
    time.sleep(0.2)
lezer.join(GRACE)
try:
    code = service.proces.wait(max(1, GRACE - (time.monotonic() - signaal)))
except subprocess.TimeoutExpired:
    raise SystemExit(f"the service did not exit within {GRACE} s of SIGTERM")
einde = time.monotonic() - signaal

print(f"after SIGTERM: first requests {antwoorden[:3]} ... last {antwoorden[-1]}")
klaar = uitkomst.get("klaar", float("inf")) - signaal
print(f"slow download: {len(uitkomst.get('lijf', b''))} of {len(geheel)} bytes,"
      f" done {klaar:.1f} s after SIGTERM, error {uitkomst.get('fout')}")
print(f"exit code {code}, {einde:.1f} s after SIGTERM")

fouten = []
if not uitkomst.get("kop", "").startswith("HTTP/1.1 200"):
    fouten.append(f"the slow download began {uitkomst.get('kop', '')[:40]!r}")
lijf = uitkomst.get("lijf", b"")
if "transfer-encoding: chunked" in uitkomst.get("kop", "").lower():
    fouten.append("the download was chunked; this check reads a Content-Length body")
if hashlib.sha256(lijf).digest() != hashlib.sha256(geheel).digest():
    fouten.append(f"the slow download was cut: {len(lijf)} of {len(geheel)} bytes")
if antwoorden[0][1] != 200:
    fouten.append(f"a request right after SIGTERM was not served (the delay): {antwoorden[0]}")
if geweigerd is None or geweigerd > uitkomst.get("klaar", float("inf")):
    fouten.append("new requests were still served after the delay while the download ran")
if code != EXIT:
    fouten.append(f"exit code {code}, not {EXIT}")
if fouten:
    raise SystemExit("shutdown-check: " + "; ".join(fouten))
print("shutdown-check: the download in flight completed, new requests were refused, clean exit")
