package nl.agendawijzer.importeren;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.agendawijzer.importeren.GeparseerdePagina.Bericht;
import nl.agendawijzer.importeren.GeparseerdePagina.Besluit;
import nl.agendawijzer.importeren.PaginaRegels.Regel;

/**
 * The history of a topic (FORMAT.md section 4), shapes A to E: dated meeting lines with items and
 * prose below them, sub-headings above a date line, undated narrative, undated item-first entries
 * and meeting summaries. Year-less dates get their year from the page (section 3) and a warning.
 */
final class HistorieLezer {

  static final String UITLEG = "Hieronder vindt u berichten uit de historie van dit onderwerp.";

  private static final Pattern AANWEZIG =
      Pattern.compile("^Er waren (\\d{1,3}) raadsleden (?:bij de stemming )?aanwezig\\.?$");

  /**
   * T3 runs items on in one line: "... tegen verworpen. - Overdekte stalling (25117.004)". A " - "
   * starts a new item only after a sentence end or after a number group (or a word in capitals such
   * as VERWORPEN), and only when a number group follows before any other parenthesis; a date line's
   * " - " has neither before it. Once a single pattern with the look-ahead {@code [^()]*\(}: that
   * scanned to the next parenthesis from every " - ", quadratic in a line of many; {@link
   * #doorlopend} finds the same splits in one pass each way.
   */
  private static final Pattern NA_ZIN = Pattern.compile("(?<=[.!?)]|\\b[A-Z]{4,20})");

  private static final Pattern GROEP_EN_SLUIT =
      Pattern.compile("(?:" + Raadsnummers.GROEP + ")\\)", Pattern.CASE_INSENSITIVE);

  private final Waarschuwingen w;
  private final List<BerichtInOpbouw> berichten = new ArrayList<>();
  private BerichtInOpbouw huidig;
  private String kopje;
  private Integer aanwezig;

  HistorieLezer(Waarschuwingen w) {
    this.w = w;
  }

  /** Whether a line starts a history entry: a dated meeting line. */
  static boolean isDatumregel(String tekst) {
    Matcher m = Datums.BERICHT.matcher(tekst.strip());
    return m.matches() && Datums.maand(m.group(2)) != null;
  }

  static Integer aanwezig(String tekst) {
    Matcher m = AANWEZIG.matcher(tekst.strip());
    return m.matches() ? Integer.valueOf(m.group(1)) : null;
  }

  Integer aanwezig() {
    return aanwezig;
  }

  void lees(List<Regel> regels, boolean laatsteVanPagina) {
    List<Regel> gesplitst = new ArrayList<>();
    for (Regel regel : regels) {
      for (String deel : doorlopend(regel.tekst())) {
        gesplitst.add(new Regel(regel.nummer(), deel, false, regel.naNbsp()));
      }
    }
    for (int i = 0; i < gesplitst.size(); i++) {
      Regel regel = gesplitst.get(i);
      Regel volgende = i + 1 < gesplitst.size() ? gesplitst.get(i + 1) : null;
      lees(regel, volgende, laatsteVanPagina && volgende == null);
    }
  }

  /**
   * The line split at each run-on " - " (see {@link #NA_ZIN}): white space, a hyphen and white
   * space, after a sentence end or a word in capitals, with a number group in parentheses as the
   * next parenthesis. Linear: which positions have such a group ahead is computed once from the end
   * of the line.
   */
  static List<String> doorlopend(String tekst) {
    int n = tekst.length();
    // groepVolgt[i]: the first parenthesis at or after i opens a number group ("(25117.004)").
    boolean[] groepVolgt = new boolean[n + 1];
    Matcher groep = GROEP_EN_SLUIT.matcher(tekst);
    for (int i = n - 1; i >= 0; i--) {
      char c = tekst.charAt(i);
      if (c == '(') {
        groepVolgt[i] = groep.region(i + 1, n).lookingAt();
      } else {
        groepVolgt[i] = c != ')' && groepVolgt[i + 1];
      }
    }
    Matcher naZin = NA_ZIN.matcher(tekst).useTransparentBounds(true);
    List<String> delen = new ArrayList<>();
    int begin = 0;
    int i = 0;
    while (i < n) {
      if (!spatie(tekst.charAt(i)) || (i > 0 && spatie(tekst.charAt(i - 1)))) {
        i++;
        continue;
      }
      int streep = i;
      while (streep < n && spatie(tekst.charAt(streep))) {
        streep++;
      }
      int einde = streep + 1;
      while (einde < n && spatie(tekst.charAt(einde))) {
        einde++;
      }
      if (streep < n
          && tekst.charAt(streep) == '-'
          && einde > streep + 1
          && groepVolgt[einde]
          && naZin.region(i, n).lookingAt()) {
        delen.add(tekst.substring(begin, i));
        begin = einde;
        i = einde;
      } else {
        i = streep;
      }
    }
    delen.add(tekst.substring(begin));
    return delen;
  }

  /** White space as {@code \\s} of java.util.regex means it. */
  private static boolean spatie(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private void lees(Regel regel, Regel volgende, boolean laatste) {
    String tekst = regel.schoon();
    String zonderOpsomming =
        BesluitLezer.OPSOMMING.matcher(regel.tekst()).matches()
            ? BesluitLezer.OPSOMMING.matcher(regel.tekst()).replaceFirst("$1").strip()
            : tekst;
    if (tekst.equals(UITLEG) || zonderOpsomming.equals("Besluiten")) {
      return;
    }
    Integer aantal = aanwezig(tekst);
    if (aantal != null) {
      aanwezig = aantal;
      return;
    }
    Matcher datum = Datums.BERICHT.matcher(tekst);
    if (datum.matches() && Datums.maand(datum.group(2)) != null) {
      nieuwBericht(regel, datum);
      return;
    }
    if (laatste && Datums.AFGEKAPT.matcher(tekst).matches()) {
      // The page ends mid-date ("3 mrt…"): keep what is printed, date unknown.
      w.voeg(
          Waarschuwing.Code.DATUM_ONLEESBAAR,
          regel.nummer(),
          "Afgebroken datum '" + tekst + "': datum onbekend.");
      sluit();
      huidig = new BerichtInOpbouw(regel.nummer(), null, null, tekst, false, kopje, "");
      kopje = null;
      return;
    }
    Besluit besluit = BesluitLezer.lees(regel, w);
    if (besluit != null) {
      if (huidig == null) {
        // Shape D: items first, undated.
        huidig = new BerichtInOpbouw(regel.nummer(), null, null, null, false, kopje, "");
        kopje = null;
      }
      huidig.besluiten.add(besluit);
      return;
    }
    Besluit laatsteBesluit =
        huidig == null || huidig.besluiten.isEmpty()
            ? null
            : huidig.besluiten.get(huidig.besluiten.size() - 1);
    if (laatsteBesluit != null && BesluitLezer.isFractieRegel(tekst)) {
      huidig.besluiten.set(
          huidig.besluiten.size() - 1,
          laatsteBesluit.metFracties(BesluitLezer.fracties(tekst, regel.nummer())));
      return;
    }
    if (laatsteBesluit != null
        && BesluitLezer.wachtOpResultaat(laatsteBesluit)
        && BesluitLezer.isResultaatZin(tekst)) {
      huidig.besluiten.set(
          huidig.besluiten.size() - 1, BesluitLezer.metResultaatZin(laatsteBesluit, regel, w));
      return;
    }
    if (volgende != null && isDatumregel(volgende.tekst())) {
      // Shape B: a sub-heading ("Besluit", "Moties en amendementen") above a date line.
      kopje = kopje == null ? tekst : kopje + "\n" + tekst;
      return;
    }
    if (huidig == null) {
      // Shape C: undated narrative.
      huidig = new BerichtInOpbouw(regel.nummer(), null, null, null, false, kopje, tekst);
      kopje = null;
    } else {
      // Appended, not concatenated: a history of many short lines stays linear.
      if (huidig.tekst.length() > 0) {
        huidig.tekst.append('\n');
      }
      huidig.tekst.append(tekst);
    }
  }

  private void nieuwBericht(Regel regel, Matcher datum) {
    sluit();
    String tekst = regel.schoon();
    String datumTekst = tekst.substring(0, tekst.indexOf('-')).strip();
    int maand = Datums.maand(datum.group(2));
    int dag = Integer.parseInt(datum.group(1));
    LocalDate gelezen = null;
    Integer jaar = datum.group(3) == null ? null : Integer.valueOf(datum.group(3));
    if (jaar != null) {
      gelezen = Datums.datum(jaar, maand, dag);
      if (gelezen == null) {
        w.voeg(
            Waarschuwing.Code.DATUM_ONLEESBAAR,
            regel.nummer(),
            "'" + datumTekst + "' is geen bestaande datum.");
      }
    }
    huidig =
        new BerichtInOpbouw(
            regel.nummer(),
            gelezen,
            jaar == null ? new int[] {maand, dag} : null,
            datumTekst,
            false,
            kopje,
            datum.group(4).strip());
    kopje = null;
  }

  private void sluit() {
    if (huidig != null) {
      berichten.add(huidig);
      huidig = null;
    }
  }

  /**
   * The entries with year-less dates completed: walked oldest to newest (the page lists newest
   * first), anchored on the written-on date (else the T1 header date) and on each entry that prints
   * its year.
   */
  List<Bericht> berichten(LocalDate anker) {
    sluit();
    if (kopje != null) {
      // A sub-heading with no date line after it is narrative after all.
      berichten.add(new BerichtInOpbouw(0, null, null, null, false, null, kopje));
      kopje = null;
    }
    LocalDate a = anker;
    for (int i = berichten.size() - 1; i >= 0; i--) {
      BerichtInOpbouw b = berichten.get(i);
      if (b.datum != null) {
        a = b.datum;
      } else if (b.zonderJaar != null) {
        if (a == null) {
          w.voeg(
              Waarschuwing.Code.DATUM_ONLEESBAAR,
              b.regel,
              "'"
                  + b.datumTekst
                  + "' heeft geen jaar en de pagina geeft geen datum om het af te"
                  + " leiden.");
        } else {
          b.datum = Datums.metJaarVan(a, b.zonderJaar[0], b.zonderJaar[1]);
          if (b.datum == null) {
            w.voeg(
                Waarschuwing.Code.DATUM_ONLEESBAAR,
                b.regel,
                "'" + b.datumTekst + "' is geen bestaande datum.");
          } else {
            b.afgeleid = true;
            w.voeg(
                Waarschuwing.Code.JAAR_AFGELEID,
                b.regel,
                "'" + b.datumTekst + "' heeft geen jaar; afgeleid: " + b.datum + ".");
          }
        }
      }
    }
    return berichten.stream().map(BerichtInOpbouw::bericht).toList();
  }

  private static final class BerichtInOpbouw {
    final int regel;
    LocalDate datum;
    final int[] zonderJaar;
    final String datumTekst;
    boolean afgeleid;
    final String kopje;
    final StringBuilder tekst;
    final List<Besluit> besluiten = new ArrayList<>();

    BerichtInOpbouw(
        int regel,
        LocalDate datum,
        int[] zonderJaar,
        String datumTekst,
        boolean afgeleid,
        String kopje,
        String tekst) {
      this.regel = regel;
      this.datum = datum;
      this.zonderJaar = zonderJaar;
      this.datumTekst = datumTekst;
      this.afgeleid = afgeleid;
      this.kopje = kopje;
      this.tekst = new StringBuilder(tekst);
    }

    Bericht bericht() {
      return new Bericht(
          datum, datumTekst, afgeleid, kopje, tekst.toString(), List.copyOf(besluiten));
    }
  }
}
