#!/usr/bin/env bash
# Imports PAGES generated Agendawijzer pages (default 10,000; templates T1, T2, T3, hybrid and
# meeting summary in turn) with the folder command of the packaged jar into a fresh H2 database,
# then prints pages per second and the peak resident memory of that JVM. HEAP (e.g. 256m) caps
# the JVM's heap; without it the JVM picks its default.
# Build first: mvn -B -DskipTests package
set -euo pipefail
cd "$(dirname "$0")/.."

pages=${1:-10000}
heap=${2:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/paginas" "$work/data"

python3 - "$work/paginas" "$pages" <<'PY'
import sys, os
out, n = sys.argv[1], int(sys.argv[2])
maanden = ["januari","februari","maart","april","mei","juni","juli","augustus","september",
           "oktober","november","december"]
for i in range(n):
    nr = 60000 + i
    yy = 20 + (i % 6)
    dag, maand = 1 + i % 28, 1 + (i // 28) % 12
    datum = f"{dag:02d}-{maand:02d}-20{yy}"
    hist = f"{dag} {maanden[maand-1]} 20{yy}"
    items = (f"  • Motie: Voorstel {i} a ({nr}.001) AANVAARD {20 + i % 10}/{10 + i % 5}\n"
             f"  • Amendement : Voorstel {i} b ({nr}.002) VERWORPEN {10 + i % 5}/{25 + i % 5}\n"
             f"  • Onderwerp {i} ({nr}) AANVAARD 38/4\n")
    t = i % 5
    if t == 0:    # T2
        p = (f"Agendawijzer\n\nOnderwerp {i}\n\nRaadsnummer: {nr}\n\nGeschreven op: {datum} | "
             f"Laatst bewerkt op: {datum} | Status onderwerp: afgerond\n\nAfbeelding:Foto {i}\n\n"
             f"Teaser {i}.\n\n\u00a0\nWaar gaat het over?\n\nDe gemeente heeft de volgende doelen:\n\n"
             f"  • Doel een;\n  • Doel twee.\n\n\u00a0\nEerdere berichten\n\n"
             f"Hieronder vindt u berichten uit de historie van dit onderwerp.\n\n"
             f"{hist} - Plenair, besluit.\n\n{items}\n{dag} {maanden[maand-1]} - Carrousel\n")
    elif t == 1:  # T1
        p = (f"Agendawijzer\n\n{datum}\n\nOnderwerp {i}\n\nFoto {i}\n\nTeaser {i}.\n\n"
             f"{hist} - Plenair, besluit\n\n{items}\n\u00a0\nWaar gaat het over?\n\nTekst {i}.\n\n"
             f"\u00a0\nWie kan ik hierover spreken?\n\nRaadsnummer : {nr}\n")
    elif t == 2:  # T3
        p = (f"Onderwerp {i}\nRaadsnummer: {nr}\nGeschreven op: {datum} | Laatst bewerkt op: "
             f"{datum} | Status onderwerp: afgerond\nTeaser {i}.\nWaar gaat het over?\nTekst.\n"
             f"Eerdere berichten\nOnderwerp {i} ({nr}) GEAMENDEERD\n"
             f"Het geamendeerde raadsvoorstel is met 39 stemmen voor en 1 stem tegen aangenomen.\n"
             f"- Stalling {i} ({nr}.002) GEWIJZIGD\nHet amendement is met 18 stemmen voor en 25 "
             f"stemmen tegen verworpen. - Overdekt {i} ({nr}.004) VERWORPEN 10/33\n")
    elif t == 3:  # hybrid
        p = (f"Onderwerp {i}\n\nGeschreven op: {datum} | Laatst bewerkt op: {datum} | Status "
             f"onderwerp: klaar voor besluit\n\nFoto {i}\n\nTeaser {i}.\n\n\u00a0\nWaar vind ik de "
             f"stukken?\n\nIn onze documentwijzer: "
             f"https://documentwijzer.raadvanalmere.nl/app/instrument/{nr}\n")
    else:         # meeting summary
        p = (f"Agendawijzer\n\nPlenaire vergadering {dag} {maanden[maand-1]} 20{yy} ({i})\n\n"
             f"Raadsnummer: {nr}\n\nGeschreven op: {datum} | Laatst bewerkt op: | Status onderwerp:"
             f"\n\nEr waren 41 raadsleden aanwezig.\n\n\u00a0\nBesluiten\n\n{items}")
    with open(os.path.join(out, f"pagina-{i:05d}.txt"), "w", encoding="utf-8") as f:
        f.write(p)
PY

log="$work/import.log"
AGENDAWIJZER_DATA_DIR="$work/data" java ${heap:+"-Xmx$heap"} -jar target/quarkus-app/quarkus-run.jar \
  importeer "$work/paginas" >"$log" 2>"$work/stderr.log" &
pid=$!
peak=0
while kill -0 "$pid" 2>/dev/null; do
  rss=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
  [ -n "$rss" ] && [ "$rss" -gt "$peak" ] && peak=$rss
  sleep 0.5
done
wait "$pid" || { tail -n 20 "$work/stderr.log" >&2; tail -n 5 "$log" >&2; exit 1; }

tail -n 1 "$log"
printf 'rejected pages: %s\n' "$(grep -c ': GEWEIGERD' "$log" || true)"
printf 'peak RSS of the importing JVM: %d MB\n' $((peak / 1024))
