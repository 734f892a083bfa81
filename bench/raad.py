#!/usr/bin/env python3
"""Twenty years of a council, generated deterministically from a seed, as Agendawijzer pages and
the factions they name: the council-scale data of issue 11.

    bench/raad.py DIR [ONDERWERPEN] [SEED]    (default 10,000 onderwerpen, seed 20261207)

writes DIR/fracties.json (12 factions whose seats make 45 in every term from 2006) and
DIR/paginas/pagina-<raadsnummer>.txt. Every onderwerp has 10 voorstellen (100,000 for 10,000)
decided at one or two of 2,000 meetings (a hundred plenary dates a year, 2006-2025); one in five
voorstellen is voted on again at a later meeting, which makes 120,000 stemmingen, each with a
faction line naming all 12 factions with their seats. The pages use the shape of the real pages
(../shared/samples/agendawijzer/FORMAT.md, ADR 0010): no SQL, the service reads them through its
own importer (`java -jar quarkus-run.jar importeer DIR/paginas`), after the factions are made
through POST /v1/fracties.
"""
import datetime
import json
import os
import random
import sys

MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"]
EERSTE_JAAR, JAREN, VERGADERINGEN_PER_JAAR = 2006, 20, 100
VOORSTELLEN_PER_ONDERWERP = 10
FRACTIES = [("f-%02d" % i, "Fractie %s" % naam, afkorting) for i, (naam, afkorting) in enumerate([
    ("Rood", "ROOD"), ("Oranje", "OR"), ("Geel", "GEEL"), ("Groen", "GR"), ("Blauw", "BL"),
    ("Indigo", "IND"), ("Violet", "VIO"), ("Zwart", "ZW"), ("Wit", "WIT"), ("Grijs", "GRS"),
    ("Bruin", "BR"), ("Roze", "RZ")], start=1)]
# Seats per term (4 years from 2006): a different split of 45 each term, the same for every run.
TERMIJNEN = [(EERSTE_JAAR + 4 * t, EERSTE_JAAR + 4 * t + 3) for t in range(JAREN // 4)]


def zetels_per_termijn(rnd):
    verdelingen = []
    for _ in TERMIJNEN:
        zetels = [1] * len(FRACTIES)
        for _ in range(45 - len(FRACTIES)):
            zetels[rnd.randrange(len(FRACTIES))] += 1
        verdelingen.append(zetels)
    return verdelingen


def vergaderdata(rnd):
    data = []
    for jaar in range(EERSTE_JAAR, EERSTE_JAAR + JAREN):
        dagen = sorted(rnd.sample(range(1, 366 if jaar % 4 else 367), VERGADERINGEN_PER_JAAR))
        data += [datetime.date(jaar, 1, 1) + datetime.timedelta(days=d - 1) for d in dagen]
    return data


def termijn_van(datum):
    return min((datum.year - EERSTE_JAAR) // 4, len(TERMIJNEN) - 1)


def fractieregel(rnd, zetels, aanvaard):
    """A faction line: factions in a random order vote for until the seats for pass 22 (adopted),
    or for as long as they stay under 23 (rejected); the others vote against."""
    volgorde = list(range(len(FRACTIES)))
    rnd.shuffle(volgorde)
    voor, som = [], 0
    for i in volgorde:
        if (aanvaard and som < 23) or (not aanvaard and som + zetels[i] < 23):
            voor.append(i)
            som += zetels[i]
    tegen = [i for i in volgorde if i not in voor]
    regel = ("Voor: " + ", ".join(FRACTIES[i][1] for i in voor) + f" ({som}) | Tegen: "
             + ", ".join(FRACTIES[i][1] for i in tegen) + f" ({45 - som})")
    return regel, som, 45 - som


def besluit(rnd, nummer, titel, soort, zetels):
    aanvaard = rnd.random() < 0.6
    regel, voor, tegen = fractieregel(rnd, zetels, aanvaard)
    uitslag = "AANVAARD" if voor > tegen else "VERWORPEN"
    return f"  • {soort}: {titel} ({nummer}) {uitslag} {voor}/{tegen}\n{regel}\n"


def pagina(rnd, raadsnummer, data, zetels):
    """An onderwerp with 10 voorstellen decided at one or two meetings, some voted twice."""
    titel = f"Onderwerp {raadsnummer} over {rnd.choice(['wonen', 'verkeer', 'zorg', 'groen', 'cultuur', 'sport'])}"
    i = rnd.randrange(len(data) - 20)
    eerste, tweede = data[i], data[i + 1 + rnd.randrange(19)]
    geschreven = eerste - datetime.timedelta(days=14)
    regels = [f"Agendawijzer\n\n{titel}\n\nRaadsnummer: {raadsnummer}\n\n"
              f"Geschreven op: {geschreven:%d-%m-%Y} | Laatst bewerkt op: {tweede:%d-%m-%Y} | "
              f"Status onderwerp: afgerond\n\nAfbeelding:Foto bij {titel}\n\n"
              f"Over {titel.lower()}.\n\n\u00a0\nWaar gaat het over?\n\nDe gemeente heeft de "
              f"volgende doelen:\n\n  • Doel een van {raadsnummer};\n  • Doel twee.\n\n\u00a0\n"
              f"Eerdere berichten\n\nHieronder vindt u berichten uit de historie van dit "
              f"onderwerp.\n\n"]
    nummers = [f"{raadsnummer}.{n:03d}" for n in range(1, VOORSTELLEN_PER_ONDERWERP)]
    opnieuw = {n for n in nummers if rnd.random() < 0.2 * VOORSTELLEN_PER_ONDERWERP
               / (VOORSTELLEN_PER_ONDERWERP - 1)}
    for datum, deel in ((eerste, nummers), (tweede, sorted(opnieuw))):
        if not deel and datum is tweede:
            continue
        z = zetels[termijn_van(datum)]
        regels.append(f"{datum.day} {MAANDEN[datum.month - 1]} {datum.year} - Plenair, besluit.\n\n")
        for nummer in deel:
            # The same soort whenever a voorstel comes back.
            soort = "Amendement" if int(nummer[-3:]) % 3 == 0 else "Motie"
            regels.append(besluit(rnd, nummer, f"Voorstel {nummer}", soort, z))
        if datum is eerste:
            # The raadsvoorstel itself: the tenth voorstel of the onderwerp.
            regels.append(besluit(rnd, raadsnummer, titel, "Raadsvoorstel", z).replace(
                "  • Raadsvoorstel: ", "  • "))
        regels.append("\n")
    return "".join(regels)


def schrijf(map_, onderwerpen, seed):
    rnd = random.Random(seed)
    zetels = zetels_per_termijn(rnd)
    data = vergaderdata(rnd)
    fracties = [{"id": fid, "naam": naam, "afkorting": afk,
                 "zetelperioden": [{"zetels": zetels[t][i], "geldigVanaf": f"{van}-01-01",
                                    "geldigTot": f"{tot}-12-31"}
                                   for t, (van, tot) in enumerate(TERMIJNEN)]}
                for i, (fid, naam, afk) in enumerate(FRACTIES)]
    os.makedirs(os.path.join(map_, "paginas"), exist_ok=True)
    with open(os.path.join(map_, "fracties.json"), "w") as f:
        json.dump(fracties, f, ensure_ascii=False, indent=1)
    for n in range(onderwerpen):
        raadsnummer = str(10000 + n)
        with open(os.path.join(map_, "paginas", f"pagina-{raadsnummer}.txt"), "w",
                  encoding="utf-8") as f:
            f.write(pagina(rnd, raadsnummer, data, zetels))


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    schrijf(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 10000,
            int(sys.argv[3]) if len(sys.argv) > 3 else 20261207)
