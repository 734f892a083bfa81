"""The packaged service as the bench and crash scripts drive it: start the jar on H2 (a data
folder) or PostgreSQL (a database of its own), wait until it is ready, kill it with SIGKILL or
stop it, make a REDACTEUR key, and plain HTTP requests with a timeout. No third-party modules:
CI runs it on a fresh clone.
"""
import atexit
import http.client
import json
import os
import secrets
import signal
import subprocess
import time
import urllib.parse

H2_JAR = "target/quarkus-app/quarkus-run.jar"
# The PostgreSQL build (the database kind is fixed at build time, ADR 0005), kept apart from the
# H2 build that the other CI steps use.
POSTGRESQL_JAR = "target/quarkus-app-postgresql/quarkus-run.jar"


class Database:
    """Where the service keeps its data: an H2 folder or a PostgreSQL database, made empty."""

    def __init__(self, soort, plek):
        self.soort = soort
        self.plek = plek

    @staticmethod
    def h2(map_):
        os.makedirs(map_, exist_ok=True)
        return Database("h2", map_)

    @staticmethod
    def postgresql(naam, host="127.0.0.1", port=5432):
        pg = ["-h", host, "-p", str(port), "-U", "postgres"]
        subprocess.run(["dropdb", *pg, "--if-exists", naam], check=True)
        subprocess.run(["createdb", *pg, naam], check=True)
        return Database("postgresql", f"jdbc:postgresql://{host}:{port}/{naam}")

    @staticmethod
    def bestaand(spec, host="127.0.0.1", port=5432):
        """Data already loaded (bench/raad.sh), as it is: "h2:<folder>" or "postgresql:<name>"."""
        soort, _, plek = spec.partition(":")
        if soort == "h2":
            return Database("h2", plek)
        if soort == "postgresql":
            return Database("postgresql", f"jdbc:postgresql://{host}:{port}/{plek}")
        raise SystemExit(f"not a database: {spec!r} (h2:<folder> or postgresql:<name>)")

    def jar(self):
        return os.environ.get("AGENDAWIJZER_JAR") or (
            H2_JAR if self.soort == "h2" else POSTGRESQL_JAR)

    def omgeving(self):
        if self.soort == "h2":
            return {"AGENDAWIJZER_DATA_DIR": self.plek}
        return {"QUARKUS_PROFILE": "postgresql", "QUARKUS_DATASOURCE_JDBC_URL": self.plek}


class Dienst:
    """One run of the jar: the HTTP service, or a command such as `importeer <map>`."""

    def __init__(self, database, port, log, beheersleutel=None, jvm=(), extra=None):
        self.database = database
        self.port = port
        self.log = log
        self.beheersleutel = beheersleutel or "bench-" + secrets.token_urlsafe(24)
        self.jvm = list(jvm)
        self.extra = dict(extra or {})
        self.proces = None
        # A script that stops on a failure must not leave a service behind on its port.
        atexit.register(self.stop)

    def _env(self):
        env = dict(os.environ)
        # Benchmarks read from one address far faster than a client may (docs/adr/0024).
        env.setdefault("AGENDAWIJZER_LEESLIMIET_ENABLED", "false")
        env.update(self.database.omgeving())
        env.update({"QUARKUS_HTTP_PORT": str(self.port),
                    "QUARKUS_MANAGEMENT_PORT": str(beheerpoort(self.port)),
                    "AGENDAWIJZER_BOOTSTRAP_KEY": self.beheersleutel})
        env.update(self.extra)
        return env

    def start(self, *argumenten, stdout=None, wacht=True, seconden=300, bufsize=-1):
        if wacht and bezet(self.port):
            raise SystemExit(f"port {self.port} is already in use")
        with open(self.log, "a") as log:
            self.proces = subprocess.Popen(
                ["java", *self.jvm, "-jar", self.database.jar(), *argumenten],
                env=self._env(), stdout=stdout or log, stderr=log, bufsize=bufsize)
        if wacht:
            self.wacht_tot_gereed(seconden)
        return self.proces

    def wacht_tot_gereed(self, seconden):
        eind = time.monotonic() + seconden
        while time.monotonic() < eind:
            if self.proces.poll() is not None:
                with open(self.log) as log:
                    staart = "".join(log.readlines()[-15:])
                raise SystemExit(f"the service stopped on start (exit {self.proces.returncode});"
                                 f" the end of {self.log}:\n{staart}")
            try:
                if vraag(beheerpoort(self.port), "GET", "/q/health/ready", timeout=2)[0] == 200:
                    return
            except OSError:
                pass
            time.sleep(0.3)
        raise SystemExit(f"the service was not ready within {seconden} s; see {self.log}")

    @property
    def pid(self):
        return self.proces.pid

    def kill9(self):
        """SIGKILL: no shutdown hook, no database close; what a crash or the OOM killer does."""
        os.kill(self.proces.pid, signal.SIGKILL)
        self.proces.wait(30)

    def stop(self):
        if self.proces and self.proces.poll() is None:
            self.proces.terminate()
            try:
                self.proces.wait(60)
            except subprocess.TimeoutExpired:
                self.kill9()

    def redacteur(self, naam=None):
        """A REDACTEUR key made with the bootstrap key (itself an acknowledged write)."""
        status, _, body = vraag(
            self.port, "POST", "/v1/sleutels",
            {"naam": naam or "bench " + secrets.token_hex(4), "rol": "REDACTEUR"},
            sleutel=self.beheersleutel)
        if status != 201:
            raise SystemExit(f"making a key gave {status}: {body[:300]!r}")
        return json.loads(body)["sleutel"]


def beheerpoort(port):
    """Health and metrics are on the management interface (docs/adr/0026), 1000 above the API, so
    that instances side by side each have their own."""
    return port + 1000


def bezet(port):
    try:
        vraag(beheerpoort(port), "GET", "/q/health/ready", timeout=2)
        return True
    except OSError:
        return False


def vraag(port, methode, pad, body=None, sleutel=None, headers=None, timeout=30, verbinding=None):
    """One request; returns (status, headers as a lower-case dict, body bytes). A dict body is sent
    as JSON, a str as text/plain. With `verbinding` (an http.client connection) it is reused."""
    h = dict(headers or {})
    if sleutel:
        h["Authorization"] = "Bearer " + sleutel
    if isinstance(body, (dict, list)):
        body = json.dumps(body).encode()
        h.setdefault("Content-Type", "application/json")
    elif isinstance(body, str):
        body = body.encode("utf-8")
        h.setdefault("Content-Type", "text/plain; charset=utf-8")
    eigen = verbinding is None
    c = verbinding or http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        c.request(methode, pad, body=body, headers=h)
        r = c.getresponse()
        data = r.read()
        return r.status, {k.lower(): v for k, v in r.getheaders()}, data
    finally:
        if eigen:
            c.close()


def ndjson(port, bestand):
    """Every row of an NDJSON export, e.g. ndjson(port, "voorstellen")."""
    status, _, body = vraag(port, "GET", f"/v1/exports/{bestand}.ndjson", timeout=120)
    if status != 200:
        raise SystemExit(f"export {bestand} gave {status}")
    return [json.loads(regel) for regel in body.decode().splitlines() if regel.strip()]


def pad(*delen):
    return "/v1/" + "/".join(urllib.parse.quote(d, safe="") for d in delen)
