#!/usr/bin/env python3
"""Generated Agendawijzer pages for the benchmarks and the crash scripts, in five templates in
turn (T2, T1, T3, hybrid, meeting summary; 3 to 7 resources each). Page i has raadsnummer
60000 + i, so ranges of i that do not overlap give pages that do not touch each other's topics.

    bench/paginas.py DIR COUNT [FIRST]   writes pagina-<i>.txt for i = FIRST .. FIRST+COUNT-1

Other scripts import it: `pagina(i)` is the text of page i, `naam(i)` its file name.
"""
import os
import sys

MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"]


def naam(i):
    return f"pagina-{i:05d}.txt"


def raadsnummer(i):
    return str(60000 + i)


def pagina(i):
    if not 0 <= i < 40000:
        raise ValueError("page numbers run from 0 to 39999 (raadsnummers of five digits)")
    nr = 60000 + i
    yy = 20 + (i % 6)
    dag, maand = 1 + i % 28, 1 + (i // 28) % 12
    datum = f"{dag:02d}-{maand:02d}-20{yy}"
    hist = f"{dag} {MAANDEN[maand-1]} 20{yy}"
    items = (f"  • Motie: Voorstel {i} a ({nr}.001) AANVAARD {20 + i % 10}/{10 + i % 5}\n"
             f"  • Amendement : Voorstel {i} b ({nr}.002) VERWORPEN {10 + i % 5}/{25 + i % 5}\n"
             f"  • Onderwerp {i} ({nr}) AANVAARD 38/4\n")
    t = i % 5
    if t == 0:    # T2
        return (f"Agendawijzer\n\nOnderwerp {i}\n\nRaadsnummer: {nr}\n\nGeschreven op: {datum} | "
                f"Laatst bewerkt op: {datum} | Status onderwerp: afgerond\n\nAfbeelding:Foto {i}\n\n"
                f"Teaser {i}.\n\n\u00a0\nWaar gaat het over?\n\nDe gemeente heeft de volgende "
                f"doelen:\n\n  • Doel een;\n  • Doel twee.\n\n\u00a0\nEerdere berichten\n\n"
                f"Hieronder vindt u berichten uit de historie van dit onderwerp.\n\n"
                f"{hist} - Plenair, besluit.\n\n{items}\n{dag} {MAANDEN[maand-1]} - Carrousel\n")
    if t == 1:    # T1
        return (f"Agendawijzer\n\n{datum}\n\nOnderwerp {i}\n\nFoto {i}\n\nTeaser {i}.\n\n"
                f"{hist} - Plenair, besluit\n\n{items}\n\u00a0\nWaar gaat het over?\n\nTekst {i}.\n\n"
                f"\u00a0\nWie kan ik hierover spreken?\n\nRaadsnummer : {nr}\n")
    if t == 2:    # T3
        return (f"Onderwerp {i}\nRaadsnummer: {nr}\nGeschreven op: {datum} | Laatst bewerkt op: "
                f"{datum} | Status onderwerp: afgerond\nTeaser {i}.\nWaar gaat het over?\nTekst.\n"
                f"Eerdere berichten\nOnderwerp {i} ({nr}) GEAMENDEERD\n"
                f"Het geamendeerde raadsvoorstel is met 39 stemmen voor en 1 stem tegen aangenomen.\n"
                f"- Stalling {i} ({nr}.002) GEWIJZIGD\nHet amendement is met 18 stemmen voor en 25 "
                f"stemmen tegen verworpen. - Overdekt {i} ({nr}.004) VERWORPEN 10/33\n")
    if t == 3:    # hybrid
        return (f"Onderwerp {i}\n\nGeschreven op: {datum} | Laatst bewerkt op: {datum} | Status "
                f"onderwerp: klaar voor besluit\n\nFoto {i}\n\nTeaser {i}.\n\n\u00a0\nWaar vind ik de "
                f"stukken?\n\nIn onze documentwijzer: "
                f"https://documentwijzer.raadvanalmere.nl/app/instrument/{nr}\n")
    # meeting summary
    return (f"Agendawijzer\n\nPlenaire vergadering {dag} {MAANDEN[maand-1]} 20{yy} ({i})\n\n"
            f"Raadsnummer: {nr}\n\nGeschreven op: {datum} | Laatst bewerkt op: | Status onderwerp:"
            f"\n\nEr waren 41 raadsleden aanwezig.\n\n\u00a0\nBesluiten\n\n{items}")


def schrijf(map_, aantal, eerste=0):
    os.makedirs(map_, exist_ok=True)
    for i in range(eerste, eerste + aantal):
        with open(os.path.join(map_, naam(i)), "w", encoding="utf-8") as f:
            f.write(pagina(i))


if __name__ == "__main__":
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    schrijf(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]) if len(sys.argv) == 4 else 0)
