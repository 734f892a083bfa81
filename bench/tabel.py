"""The performance table of issue 11: each row a ratio measured in one run, alternating the service
with its references on the same bytes. Driven by bench/tabel.sh, which builds and installs what it
needs.

References:
  nginx  Debian's nginx, one worker per core, serving the identical bytes from files in a folder
         that its workers (user nobody) can read;
  kaal   bench/kaal, a bare Quarkus REST app answering the identical bytes from memory.
Before measuring, each reference must answer 200 with exactly the bytes the service sent.

Usage: python3 bench/tabel.py WORKDIR [SECONDS] [ROUNDS]
BENCH_DB: data already loaded, "h2:<folder>" or "postgresql:<name>" (bench/raad.sh); by default a
fresh H2 folder with the reference data.
BENCH_ALLEEN=f: only the start-up rows (f), measured without the load of (a)-(d) before them.
"""
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))
from dienst import Database, Dienst, vraag  # noqa: E402

werk = sys.argv[1]
seconden = int(sys.argv[2]) if len(sys.argv) > 2 else 10
rondes = int(sys.argv[3]) if len(sys.argv) > 3 else 3
poort = int(os.environ.get("BENCH_PORT", "18180"))
poort_kaal, poort_nginx = poort + 1, poort + 2
heap = os.environ.get("BENCH_HEAP", "256m")
alleen_f = os.environ.get("BENCH_ALLEEN") == "f"
threads, verbindingen = 2, 32

# nginx workers run as nobody: the folder and every folder above it must be readable by them.
web = os.path.join("/var/tmp", "agendawijzer-bench-" + str(os.getpid()))
os.makedirs(web, mode=0o755)
os.chmod(web, 0o755)


def opruimen():
    shutil.rmtree(web, ignore_errors=True)


database = (Database.bestaand(os.environ["BENCH_DB"]) if os.environ.get("BENCH_DB")
            else Database.h2(os.path.join(werk, "data")))
dienst = Dienst(database, poort, os.path.join(werk, "dienst.log"), jvm=[f"-Xmx{heap}"])
dienst.start()

kaal_log = open(os.path.join(werk, "kaal.log"), "w")
kaal = subprocess.Popen(
    ["java", f"-Xmx{heap}", f"-Dquarkus.http.port={poort_kaal}", f"-Dkaal.map={web}",
     "-jar", "bench/kaal/target/quarkus-app/quarkus-run.jar"], stdout=kaal_log, stderr=kaal_log)

nginx_conf = os.path.join(werk, "nginx.conf")
with open(nginx_conf, "w") as f:
    f.write(f"""
worker_processes 2;
user nobody nogroup;
pid {werk}/nginx.pid;
error_log {werk}/nginx-error.log;
events {{ worker_connections 1024; }}
http {{
  access_log off;
  default_type application/json;
  keepalive_requests 1000000;
  client_body_temp_path {werk}/nginx-body;
  proxy_temp_path {werk}/nginx-proxy;
  fastcgi_temp_path {werk}/nginx-fastcgi;
  uwsgi_temp_path {werk}/nginx-uwsgi;
  scgi_temp_path {werk}/nginx-scgi;
  server {{
    listen 127.0.0.1:{poort_nginx};
    root {web};
  }}
}}
""")
os.chmod(werk, 0o755)
subprocess.run(["nginx", "-c", nginx_conf], check=True)


def stop():
    subprocess.run(["nginx", "-c", nginx_conf, "-s", "stop"], capture_output=True)
    kaal.terminate()
    dienst.stop()
    opruimen()


try:
    for _ in range(100):
        try:
            vraag(poort_kaal, "GET", "/q", timeout=2)
            break
        except OSError:
            time.sleep(0.2)

    def bytes_van(pad):
        status, headers, body = vraag(poort, "GET", pad)
        if status != 200:
            raise SystemExit(f"the service answered {status} on {pad}")
        return headers["etag"], body

    def leg_neer(pad, body):
        bestand = os.path.join(web, pad.lstrip("/"))
        os.makedirs(os.path.dirname(bestand), mode=0o755, exist_ok=True)
        with open(bestand, "wb") as f:
            f.write(body)
        os.chmod(bestand, 0o644)
        # Folders below web are made with the umask; nobody must be able to enter them.
        deel = os.path.dirname(bestand)
        while deel.startswith(web):
            os.chmod(deel, 0o755)
            deel = os.path.dirname(deel)

    def controleer(naam, p, pad, body):
        status, headers, antwoord = vraag(p, "GET", pad)
        if status != 200 or antwoord != body:
            raise SystemExit(f"{naam} answered {status} on {pad} with {len(antwoord)} bytes, not the"
                             f" service's {len(body)}: it would measure something else")
        return headers.get("etag")

    def wrk(p, pad, headers=(), c=verbindingen):
        cmd = ["wrk", f"-t{threads}", f"-c{c}", f"-d{seconden}s", "--latency"]
        for h in headers:
            cmd += ["-H", h]
        uit = subprocess.run(cmd + [f"http://127.0.0.1:{p}{pad}"], capture_output=True, text=True,
                             check=True).stdout
        rps = float(re.search(r"Requests/sec:\s+([\d.]+)", uit).group(1))

        def ms(label):
            m = re.search(rf"^\s+{label}%\s+([\d.]+)(us|ms|s)\s*$", uit, re.M)
            waarde, eenheid = float(m.group(1)), m.group(2)
            return waarde / 1000 if eenheid == "us" else waarde * 1000 if eenheid == "s" else waarde

        fouten = re.search(r"Non-2xx or 3xx responses: (\d+)", uit)
        if fouten:
            raise SystemExit(f"wrk got {fouten.group(1)} non-2xx/3xx answers from {p}{pad}")
        m = re.search(r"Transfer/sec:\s+([\d.]+)(B|KB|MB|GB)", uit)
        per_s = float(m.group(1)) * {"B": 1, "KB": 2**10, "MB": 2**20, "GB": 2**30}[m.group(2)]
        return rps, ms("50"), ms("99"), per_s

    rijen = []

    def meet(naam, pad, service_headers=(), nginx_headers=(), met_kaal=True, nginx_pad=None,
             c=verbindingen, bytes_s=False):
        """Rounds of service, bare Quarkus and nginx, one after another; medians of each. With
        bytes_s the rate compared is bytes per second, else requests per second."""
        metingen = {"dienst": [], "kaal": [], "nginx": []}
        for _ in range(rondes):
            metingen["dienst"].append(wrk(poort, pad, service_headers, c))
            if met_kaal:
                metingen["kaal"].append(wrk(poort_kaal, pad, service_headers, c))
            metingen["nginx"].append(wrk(poort_nginx, nginx_pad or pad, nginx_headers, c))

        def med(soort, i):
            return statistics.median(m[i] for m in metingen[soort]) if metingen[soort] else None

        i = 3 if bytes_s else 0
        rijen.append((naam, med("dienst", i), med("dienst", 1), med("dienst", 2),
                      med("kaal", i), med("nginx", i), bytes_s))

    onderwerp, voorstel = "/v1/onderwerpen/23161", "/v1/voorstellen/23161.001"
    etags = {}
    for pad in (onderwerp, voorstel):
        etag, body = bytes_van(pad)
        etags[pad] = etag
        leg_neer(pad, body)
        controleer("nginx", poort_nginx, pad, body)
        controleer("bare Quarkus", poort_kaal, pad, body)
        if alleen_f:
            continue
        # Warm-up of every server's JIT on this path.
        for p in (poort, poort_kaal, poort_nginx):
            subprocess.run(["wrk", "-t2", "-c32", "-d3s", f"http://127.0.0.1:{p}{pad}"],
                           capture_output=True, check=True)

    # BENCH_ALLEEN=f: only the start-up measurement (f), without the load of (a)-(d) before it.
    if not alleen_f:
        meet(f"(a) GET {onderwerp} ({len(bytes_van(onderwerp)[1])} B)", onderwerp)
        meet(f"(a) GET {voorstel} ({len(bytes_van(voorstel)[1])} B)", voorstel)
        nginx_etag = vraag(poort_nginx, "GET", voorstel)[1]["etag"]
        if vraag(poort, "GET", voorstel, headers={"If-None-Match": etags[voorstel]})[0] != 304:
            raise SystemExit("the service does not answer 304 for its own ETag")
        if vraag(poort_nginx, "GET", voorstel, headers={"If-None-Match": nginx_etag})[0] != 304:
            raise SystemExit("nginx does not answer 304 for its own ETag")
        meet(f"(b) GET {voorstel}, If-None-Match: 304", voorstel,
             service_headers=[f"If-None-Match: {etags[voorstel]}"],
             nginx_headers=[f"If-None-Match: {nginx_etag}"], met_kaal=False)

        def warm(pad, nginx_pad):
            for p, q in ((poort, pad), (poort_nginx, nginx_pad)):
                subprocess.run(["wrk", "-t2", "-c8", "-d3s", f"http://127.0.0.1:{p}{q}"],
                               capture_output=True, check=True)

        # (c) A filtered, sorted page of 100 reached through next links, as deep as LIJST_DIEPTE
        # (default 50) pages or the end of the list; nginx serves the same bytes from a file.
        pad = os.environ.get("LIJST_PAD", "/v1/stemmingen?uitslag=AANVAARD&sort=-datum&pageSize=100")
        diepte = 0
        for diepte in range(int(os.environ.get("LIJST_DIEPTE", "50"))):
            verder = json.loads(bytes_van(pad)[1])["_links"].get("next")
            if not verder:
                break
            pad = verder["href"][verder["href"].index("/v1/"):]
        _, body = bytes_van(pad)
        leg_neer("/lijst/pagina.json", body)
        controleer("nginx", poort_nginx, "/lijst/pagina.json", body)
        warm(pad, "/lijst/pagina.json")
        meet(f"(c) list page {diepte + 1} ({len(body)} B): {pad[:60]}...", pad, met_kaal=False,
             nginx_pad="/lijst/pagina.json")
        zoek = os.environ.get("ZOEK_PAD", "/v1/onderwerpen?zoek=mensenhandel&pageSize=100")
        _, body = bytes_van(zoek)
        leg_neer("/lijst/zoek.json", body)
        controleer("nginx", poort_nginx, "/lijst/zoek.json", body)
        warm(zoek, "/lijst/zoek.json")
        meet(f"(c) {zoek} ({len(body)} B)", zoek, met_kaal=False, nginx_pad="/lijst/zoek.json")

        # (d) The full exports, once built (the first request for a data version builds them,
        # ADR 0019); 4 connections, each download whole.
        for export in ("/v1/exports/stemmingen.ndjson", "/v1/exports/stemmingen.csv"):
            _, body = bytes_van(export)
            bestand = "/export/" + export.rsplit("/", 1)[1]
            leg_neer(bestand, body)
            controleer("nginx", poort_nginx, bestand, body)
            warm(export, bestand)
            meet(f"(d) GET {export} ({len(body) / 2**20:.1f} MiB), MiB/s", export, met_kaal=False,
                 nginx_pad=bestand, c=4, bytes_s=True)

        def piek_rss_mb(pid):
            with open(f"/proc/{pid}/status") as status:
                return int(re.search(r"VmHWM:\s+(\d+) kB", status.read()).group(1)) / 1024

        rss_dienst, rss_kaal = piek_rss_mb(dienst.pid), piek_rss_mb(kaal.pid)

    def tot_eerste_antwoord(start, p, pad):
        """Seconds from starting a JVM to its first 200 on pad."""
        begin = time.monotonic()
        proces = start()
        while time.monotonic() - begin < 120:
            try:
                if vraag(p, "GET", pad, timeout=2)[0] == 200:
                    return time.monotonic() - begin, proces
            except OSError:
                pass
            time.sleep(0.01)
        raise SystemExit(f"no answer on {p}{pad} within 120 s")

    def start_kaal():
        return subprocess.Popen(
            ["java", f"-Xmx{heap}", f"-Dquarkus.http.port={poort_kaal}", f"-Dkaal.map={web}",
             "-jar", "bench/kaal/target/quarkus-app/quarkus-run.jar"],
            stdout=kaal_log, stderr=kaal_log)

    starts = {"dienst": [], "kaal": []}
    for _ in range(rondes):
        # The service starts on its existing database, as a restarted replica does.
        dienst.stop()
        duur, _ = tot_eerste_antwoord(lambda: dienst.start(wacht=False), poort, voorstel)
        starts["dienst"].append(duur)
        kaal.terminate()
        kaal.wait(30)
        duur, kaal = tot_eerste_antwoord(start_kaal, poort_kaal, voorstel)
        starts["kaal"].append(duur)
    start_dienst, start_kaal_s = (statistics.median(starts["dienst"]),
                                  statistics.median(starts["kaal"]))

    if not alleen_f:
        print(f"\nwrk -t{threads} -c{verbindingen} -d{seconden}s, {rondes} alternating rounds, medians;"
              f" service -Xmx{heap} on {database.soort} ({os.environ.get('BENCH_DB') or 'the reference data'})\n")
        print("| request | service req/s (MiB/s for d) | p50 ms | p99 ms | bare Quarkus req/s | nginx req/s"
              " | service/nginx | service/bare |")
        print("|---|---|---|---|---|---|---|---|")
        for naam, rps, p50, p99, kaal_rps, nginx_rps, bytes_s in rijen:
            if bytes_s:
                rps, nginx_rps = rps / 2**20, nginx_rps / 2**20
            print(f"| {naam} | {rps:,.0f} | {p50:.2f} | {p99:.2f} | "
                  f"{'' if kaal_rps is None else f'{kaal_rps:,.0f}'} | {nginx_rps:,.0f} | "
                  f"{rps / nginx_rps:.2f} | {'' if kaal_rps is None else f'{rps / kaal_rps:.2f}'} |")
    print(f"\n(f) start-up to the first answered GET {voorstel}, median of {rondes}: service"
          f" {start_dienst:.2f} s, bare Quarkus {start_kaal_s:.2f} s, ratio"
          f" {start_dienst / start_kaal_s:.2f}")
    if not alleen_f:
        print(f"(f) peak RSS (VmHWM) after the load above: service {rss_dienst:.0f} MB,"
              f" bare Quarkus {rss_kaal:.0f} MB")
finally:
    stop()
