#!/usr/bin/env python3
"""Acknowledged means durable, and a crash leaves no half page (issue 17, issue 10 item 8).

On one database (h2 or postgresql), with the packaged jar:
 1. writes one after another (POST and PUT of onderwerpen, text/plain imports), SIGKILL straight
    after the answer to a write chosen at random, restart; every acknowledged write is there,
    several rounds on the same data;
 2. a batch POST of pages, SIGKILL at a random moment while it runs, restart: every page is all
    there (onderwerp, doelen, documenten, voorstellen, stemmingen) or not at all, and posting the
    batch again completes it;
 3. the folder command, SIGKILL straight after it printed a random page as AANGEMAAKT, restart:
    every page it reported is all there, every other page all there or absent, and running the
    command again completes the import.

    .ci/kill-smoke.py h2|postgresql PORT WORKDIR [ROUNDS] [SEED]
"""
import json
import os
import random
import re
import subprocess
import sys
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "bench"))
import paginas  # noqa: E402
from dienst import Database, Dienst, ndjson, pad, vraag  # noqa: E402

soort, port, werk = sys.argv[1], int(sys.argv[2]), sys.argv[3]
rondes = int(sys.argv[4]) if len(sys.argv) > 4 else 3
seed = int(sys.argv[5]) if len(sys.argv) > 5 else random.randrange(1 << 30)
kans = random.Random(seed)
print(f"kill smoke on {soort}, {rondes} rounds, seed {seed}", flush=True)
os.makedirs(werk, exist_ok=True)
log = os.path.join(werk, f"dienst-{soort}.log")
fouten = []


def fout(tekst):
    fouten.append(tekst)
    print("  MISSING: " + tekst, flush=True)


if soort == "h2":
    db = Database.h2(os.path.join(werk, "data-h2"))
else:
    db = Database.postgresql(os.environ.get("KILL_SMOKE_DB", "agendawijzer_kill_smoke"))
dienst = Dienst(db, port, log)


def status(*delen):
    return vraag(port, "GET", pad(*delen))[0]


# KILL_SMOKE_FASEN (default 123) runs only some of the three parts, e.g. 3 to retry the folder.
fasen = os.environ.get("KILL_SMOKE_FASEN", "123")

# ---- 1. sequential acknowledged writes, SIGKILL straight after one answer ---------------------
if "1" in fasen or "2" in fasen:
    dienst.start()
    sleutel = dienst.redacteur("kill smoke")
onderwerpen = {}  # raadsnummer -> (titel, versie, etag) as last acknowledged
geimporteerd = {}  # bron -> resources the 200 said were created
volgende_pagina = 0
volgend_rv = 1
totaal = 0


def controleer_writes():
    """Every acknowledged write is there; what is lost is counted and then forgotten, so that
    the next round writes on what the database really holds."""
    for nr, (titel, versie, _) in list(onderwerpen.items()):
        s, h, body = vraag(port, "GET", pad("onderwerpen", nr))
        if s != 200:
            fout(f"onderwerp {nr} (acknowledged versie {versie}) answers {s}")
            del onderwerpen[nr]
            continue
        d = json.loads(body)
        if (d["titel"], d["versie"]) != (titel, versie):
            fout(f"onderwerp {nr}: acknowledged versie {versie} '{titel}',"
                 f" found versie {d['versie']} '{d['titel']}'")
            onderwerpen[nr] = (d["titel"], d["versie"], h["etag"])
    for bron, resources in list(geimporteerd.items()):
        weg = [r for r in resources if status(collectie(r["type"]), r["id"]) != 200]
        for r in weg:
            fout(f"{bron}: {r['type']} {r['id']} (acknowledged as created) is not there")
        if weg:
            del geimporteerd[bron]


def collectie(type_):
    return {"ONDERWERP": "onderwerpen", "VOORSTEL": "voorstellen", "STEMMING": "stemmingen",
            "VERGADERING": "vergaderingen", "FRACTIE": "fracties"}[type_]


def een_write():
    """One write chosen at random; records what its 2xx answer acknowledged."""
    global volgende_pagina, volgend_rv
    keuze = kans.random()
    if keuze < 0.35 or not onderwerpen:
        nr = f"RV-{volgend_rv}/2031"
        volgend_rv += 1
        titel = f"Kill smoke {nr}"
        s, h, body = vraag(port, "POST", "/v1/onderwerpen",
                           {"raadsnummer": nr, "titel": titel}, sleutel=sleutel)
        if s != 201:
            raise SystemExit(f"POST onderwerp gave {s}: {body[:300]!r}")
        onderwerpen[nr] = (titel, json.loads(body)["versie"], h["etag"])
    elif keuze < 0.65:
        nr = kans.choice(sorted(onderwerpen))
        titel0, versie, etag = onderwerpen[nr]
        titel = f"Kill smoke {nr} na versie {versie}"
        s, h, body = vraag(port, "PUT", pad("onderwerpen", nr), {"titel": titel},
                           sleutel=sleutel, headers={"If-Match": etag})
        if s != 200:
            raise SystemExit(f"PUT onderwerp gave {s}: {body[:300]!r}")
        onderwerpen[nr] = (titel, json.loads(body)["versie"], h["etag"])
    else:
        i = volgende_pagina
        volgende_pagina += 1
        bron = paginas.naam(i)
        s, _, body = vraag(port, "POST", "/v1/importeren?bron=" + bron, paginas.pagina(i),
                           sleutel=sleutel)
        if s != 200:
            raise SystemExit(f"import of {bron} gave {s}: {body[:300]!r}")
        geimporteerd[bron] = json.loads(body)["paginas"][0]["aangemaakt"]


for ronde in range(1, rondes + 1 if "1" in fasen else 1):
    aantal = kans.randint(5, 40)
    for _ in range(aantal):
        een_write()
    dienst.kill9()  # straight after the answer to the last write
    totaal += aantal
    dienst.start()
    voor = len(fouten)
    controleer_writes()
    print(f"round {ronde}: {aantal} writes acknowledged, SIGKILL after the last; after restart"
          f" {totaal} acknowledged so far, missing {len(fouten) - voor}", flush=True)
dienst.stop()


# ---- helpers for 2. and 3.: what of each page is there ----------------------------------------
def stand():
    """Every onderwerp with what belongs to it, from the NDJSON exports."""
    ond = {o["raadsnummer"]: {"doelen": 0, "documenten": 0, "voorstellen": {}}
           for o in ndjson(port, "onderwerpen")}
    for d in ndjson(port, "doelen"):
        ond[d["onderwerp"]]["doelen"] += 1
    for d in ndjson(port, "documenten"):
        if d.get("onderwerp") in ond:
            ond[d["onderwerp"]]["documenten"] += 1
    voorstellen = {v["nummer"]: v.get("onderwerp") for v in ndjson(port, "voorstellen")}
    stemmingen = {}
    for s in ndjson(port, "stemmingen"):
        stemmingen.setdefault(s["voorstel"], []).append(s["id"])
    for nummer, onderwerp in voorstellen.items():
        if onderwerp in ond:
            ond[onderwerp]["voorstellen"][nummer] = sorted(stemmingen.get(nummer, []))
    return ond, set(voorstellen), {i for ids in stemmingen.values() for i in ids}


def heel_of_niets(wat, na_crash, eind, paginas_onderwerp, gemeld):
    """Each page all there (as after the complete import) or nothing of it; `gemeld` pages must be
    all there. Returns (all there, absent)."""
    ond, voorstellen, stemmingen = na_crash
    eind_ond = eind[0]
    heel = weg = 0
    for bron, nr in paginas_onderwerp.items():
        verwacht = eind_ond[nr]
        if nr in ond:
            if ond[nr] != verwacht:
                fout(f"{wat}: {bron} ({nr}) is half there: {ond[nr]} instead of {verwacht}")
            heel += 1
        else:
            rest = [v for v in verwacht["voorstellen"] if v in voorstellen] + [
                s for ids in verwacht["voorstellen"].values() for s in ids if s in stemmingen]
            if rest:
                fout(f"{wat}: {bron} ({nr}) has no onderwerp but left {rest}")
            if bron in gemeld:
                fout(f"{wat}: {bron} ({nr}) was reported as created and is absent")
            weg += 1
    return heel, weg


# ---- 2. SIGKILL during a batch POST -----------------------------------------------------------
for ronde in range(1, rondes + 1 if "2" in fasen else 1):
    eerste = 10000 + 100 * ronde
    batch = {"paginas": [{"bron": paginas.naam(i), "tekst": paginas.pagina(i)}
                         for i in range(eerste, eerste + 16)]}
    dienst.start()
    # A batch of other pages first: how long 16 pages take on this machine now, so that the kill
    # lands while the batch runs.
    begin = time.monotonic()
    warm = {"paginas": [{"bron": paginas.naam(i), "tekst": paginas.pagina(i)}
                        for i in range(eerste + 50, eerste + 66)]}
    if vraag(port, "POST", "/v1/importeren", warm, sleutel=sleutel, timeout=120)[0] != 200:
        raise SystemExit("the warm-up batch was not imported")
    duur = time.monotonic() - begin
    antwoord = {}

    def post():
        try:
            antwoord["status"] = vraag(port, "POST", "/v1/importeren", batch, sleutel=sleutel,
                                       timeout=120)[0]
        except OSError as e:
            antwoord["fout"] = e

    t = threading.Thread(target=post)
    t.start()
    time.sleep(kans.uniform(0.05, 1.0) * duur)
    dienst.kill9()
    t.join(30)
    dienst.start()
    na_crash = stand()
    s, _, body = vraag(port, "POST", "/v1/importeren", batch, sleutel=sleutel, timeout=120)
    rapporten = json.loads(body)["paginas"] if s == 200 else []
    if s != 200 or any(r["status"] == "GEWEIGERD" for r in rapporten):
        fout(f"batch round {ronde}: posting the batch again gave {s} {body[:300]!r}")
    eind = stand()
    paginas_onderwerp = {r["bron"]: r["onderwerp"] for r in rapporten}
    gemeld = set(paginas_onderwerp) if antwoord.get("status") == 200 else set()
    heel, weg = heel_of_niets(f"batch round {ronde}", na_crash, eind, paginas_onderwerp, gemeld)
    compleet = all(nr in eind[0] for nr in paginas_onderwerp.values()) and len(rapporten) == 16
    if not compleet:
        fout(f"batch round {ronde}: posting again did not complete the batch")
    dienst.stop()
    print(f"batch round {ronde}: SIGKILL during the POST of 16 pages (answer:"
          f" {antwoord.get('status', 'none')}); after restart {heel} pages all there, {weg} absent,"
          f" none half; posted again: complete {compleet}", flush=True)


# ---- 3. SIGKILL of the folder command straight after a page reported as created --------------
for ronde in range(1, rondes + 1 if "3" in fasen else 1):
    map_ = os.path.join(werk, f"paginas-{soort}-{ronde}")
    aantal = 80
    eerste = 20000 + 1000 * ronde
    paginas.schrijf(map_, aantal, eerste)
    k = kans.randint(3, aantal - 10)
    commando = Dienst(db, port, log, beheersleutel=dienst.beheersleutel)
    commando.start("importeer", map_, stdout=subprocess.PIPE, wacht=False, bufsize=0)
    gemeld = []
    # Unbuffered, a line at a time: the kill follows the line as closely as a reader can.
    for regel in iter(commando.proces.stdout.readline, b""):
        regel = regel.decode("utf-8")
        gemaakt = re.match(r"\[\d+/\d+\] (.+): AANGEMAAKT( \(|$)", regel.rstrip())
        if gemaakt:
            gemeld.append(gemaakt.group(1))
            if len(gemeld) == k:
                commando.kill9()  # straight after the line of the k-th created page
                break
    else:
        commando.proces.wait(60)
    commando.proces.stdout.close()
    dienst.start()
    na_crash = stand()
    dienst.stop()
    opnieuw = Dienst(db, port, log, beheersleutel=dienst.beheersleutel)
    opnieuw.start("importeer", map_, stdout=subprocess.PIPE, wacht=False)
    uitvoer = opnieuw.proces.stdout.read().decode("utf-8")
    opnieuw.proces.wait(300)
    if opnieuw.proces.returncode != 0:
        fout(f"folder round {ronde}: importing again exited {opnieuw.proces.returncode}")
    # The report table: file, status, onderwerp, ...
    paginas_onderwerp = {}
    for regel in uitvoer.splitlines():
        delen = regel.split()
        if len(delen) >= 3 and delen[0].startswith("pagina-") and delen[1] in (
                "AANGEMAAKT", "BIJGEWERKT", "ONGEWIJZIGD"):
            paginas_onderwerp[delen[0]] = delen[2]
    dienst.start()
    eind = stand()
    dienst.stop()
    if len(paginas_onderwerp) != aantal:
        fout(f"folder round {ronde}: importing again reported {len(paginas_onderwerp)} of {aantal}")
    heel, weg = heel_of_niets(f"folder round {ronde}", na_crash, eind, paginas_onderwerp,
                              set(gemeld))
    laatste = gemeld[-1] if gemeld else None
    print(f"folder round {ronde}: SIGKILL after {laatste} was reported AANGEMAAKT ({len(gemeld)}"
          f" reported); after restart {heel} pages all there, {weg} absent, none half; imported"
          f" again: {len(paginas_onderwerp)} of {aantal} pages", flush=True)

if fouten:
    print(f"kill smoke on {soort} FAILED: {len(fouten)} acknowledged changes missing or pages"
          f" half there (seed {seed})")
    sys.exit(1)
gedaan = {"1": f"{totaal} acknowledged writes with a SIGKILL after each of {rondes} rounds",
          "2": f"{rondes} batches killed", "3": f"{rondes} folder imports killed"}
print(f"kill smoke on {soort} passed: {', '.join(gedaan[f] for f in '123' if f in fasen)};"
      f" nothing acknowledged lost, no page half there (seed {seed})")
