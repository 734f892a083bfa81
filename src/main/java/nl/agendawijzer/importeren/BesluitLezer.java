package nl.agendawijzer.importeren;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.agendawijzer.importeren.GeparseerdePagina.Besluit;
import nl.agendawijzer.importeren.GeparseerdePagina.FractieStem;
import nl.agendawijzer.importeren.GeparseerdePagina.Stem;
import nl.agendawijzer.voorstel.Uitslag;
import nl.agendawijzer.voorstel.VoorstelSoort;

/**
 * Decision items, outcomes and votes (FORMAT.md sections 5 to 7). An item is a line with a
 * number-like group in parentheses; the last such group wins, because titles have parentheses of
 * their own. Outcomes are an open vocabulary: the text is kept, the normalised value stands beside
 * it, and anything unknown or contradictory becomes a warning.
 */
final class BesluitLezer {

  static final int ZETELS = 45;

  static final Pattern OPSOMMING = Pattern.compile("^\\s*(?:[•*]|-(?=\\s))\\s*(.*)$");
  private static final Pattern NUMMER_GROEP =
      Pattern.compile("\\(\\s*(" + Raadsnummers.GROEP + ")\\s*\\)", Pattern.CASE_INSENSITIVE);
  private static final Pattern TYPE_WOORD =
      Pattern.compile(
          "^(Raadsvoorstel(?=\\s)|Motie\\s+vreemd\\s*:|Motie\\s*:|Amendement\\s*:|Motie(?=\\s))"
              + "\\s*(.*)$",
          Pattern.CASE_INSENSITIVE);

  /** x/y after the number group; digits around it would make it a year range or a date. */
  private static final Pattern STEMMEN =
      Pattern.compile("\\(?(?<!\\d)(\\d{1,2})\\s*[/-]\\s*(\\d{1,2})(?!\\d)\\)?");

  private static final Pattern STEMMEN_PROZA =
      Pattern.compile(
          "met\\s+(\\d{1,2})\\s+(?:stem(?:men)?\\s+)?voor,?\\s+(?:en\\s+)?(\\d{1,2})\\s+"
              + "(?:stem(?:men)?\\s+)?tegen",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern RESULTAAT_WOORD =
      Pattern.compile(
          "\\b(aangenomen|aanvaard|verworpen|ingetrokken|aangehouden|stemmen staken)\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern FRACTIES =
      Pattern.compile("^(Voor|Tegen)\\s*:\\s*(.*)$", Pattern.CASE_INSENSITIVE);

  private BesluitLezer() {}

  /** The item on this line, or null when it names no number. */
  static Besluit lees(PaginaRegels.Regel regel, Waarschuwingen w) {
    Matcher opsomming = OPSOMMING.matcher(regel.tekst());
    String tekst = (opsomming.matches() ? opsomming.group(1) : regel.tekst()).strip();
    Matcher nummer = NUMMER_GROEP.matcher(tekst);
    int start = -1;
    int einde = -1;
    String gevonden = null;
    while (nummer.find()) {
      start = nummer.start();
      einde = nummer.end();
      gevonden = nummer.group(1);
    }
    if (gevonden == null) {
      return null;
    }
    String titel = tekst.substring(0, start).strip();
    String typeWoord = null;
    Matcher type = TYPE_WOORD.matcher(titel);
    if (type.matches()) {
      typeWoord = type.group(1).strip();
      titel = type.group(2).strip();
    }
    String rest = tekst.substring(einde).strip();
    String uitslagTekst = rest;
    String notitie = null;
    Integer voor = null;
    Integer tegen = null;
    Matcher stemmen = STEMMEN.matcher(rest);
    if (stemmen.find()) {
      uitslagTekst = rest.substring(0, stemmen.start()).strip();
      voor = Integer.valueOf(stemmen.group(1));
      tegen = Integer.valueOf(stemmen.group(2));
      notitie = rest.substring(stemmen.end()).strip();
    } else {
      int streep = rest.indexOf(" - ");
      if (streep >= 0) {
        uitslagTekst = rest.substring(0, streep).strip();
        notitie = rest.substring(streep);
      }
    }
    if (notitie != null) {
      notitie = notitie.replaceFirst("^[-–\\s]+", "").strip();
    }
    Uitkomst uitkomst = uitkomst(uitslagTekst);
    if (uitkomst.uitslag() == Uitslag.ONBEKEND) {
      w.voeg(
          Waarschuwing.Code.UITSLAG_ONBEKEND,
          regel.nummer(),
          "Onbekende uitslag '" + uitslagTekst + "' bij " + gevonden + ".");
    }
    Besluit besluit =
        new Besluit(
            regel.nummer(),
            typeWoord,
            typeWoord == null ? null : VoorstelSoort.vanTypeWoord(typeWoord),
            titel.isEmpty() ? null : titel,
            Raadsnummers.sleutel(gevonden),
            Raadsnummers.lees(gevonden).schema(),
            uitkomst.uitslag(),
            uitslagTekst.isEmpty() ? null : uitslagTekst,
            uitkomst.aanvullingen(),
            voor,
            tegen,
            notitie == null || notitie.isEmpty() ? null : notitie,
            List.of());
    controleer(besluit, w, true);
    return besluit;
  }

  /** Whether a line that is no item reports a result ("Het amendement is ... verworpen."). */
  static boolean isResultaatZin(String tekst) {
    return RESULTAAT_WOORD.matcher(tekst).find();
  }

  /**
   * Completes an item whose own line printed no result (or only a marker such as GEAMENDEERD) with
   * the sentence below it; the sentence is kept verbatim in {@code uitslagTekst}.
   */
  static Besluit metResultaatZin(Besluit besluit, PaginaRegels.Regel regel, Waarschuwingen w) {
    String zin = regel.schoon();
    Uitkomst uitkomst = uitkomst(zin);
    List<String> aanvullingen = new ArrayList<>(besluit.aanvullingen());
    uitkomst.aanvullingen().stream()
        .filter(a -> !aanvullingen.contains(a))
        .forEach(aanvullingen::add);
    if (besluit.uitslag() == Uitslag.GEAMENDEERD && !aanvullingen.contains("GEAMENDEERD")) {
      aanvullingen.add(0, "GEAMENDEERD");
    }
    if (besluit.uitslag() == Uitslag.GEWIJZIGD && !aanvullingen.contains("GEWIJZIGD")) {
      aanvullingen.add(0, "GEWIJZIGD");
    }
    Integer voor = besluit.voor();
    Integer tegen = besluit.tegen();
    Matcher proza = STEMMEN_PROZA.matcher(zin);
    Matcher kort = STEMMEN.matcher(zin);
    if (voor == null && proza.find()) {
      voor = Integer.valueOf(proza.group(1));
      tegen = Integer.valueOf(proza.group(2));
    } else if (voor == null && kort.find()) {
      voor = Integer.valueOf(kort.group(1));
      tegen = Integer.valueOf(kort.group(2));
    }
    String lower = zin.toLowerCase(Locale.ROOT);
    VoorstelSoort soort =
        lower.contains("amendement")
            ? VoorstelSoort.AMENDEMENT
            : lower.contains("motie")
                ? VoorstelSoort.MOTIE
                : lower.contains("raadsvoorstel") ? VoorstelSoort.RAADSVOORSTEL : null;
    Besluit aangevuld =
        besluit.metResultaat(
            zin, uitkomst.uitslag(), List.copyOf(aanvullingen), voor, tegen, soort);
    // The item's own votes were checked against the seats already.
    controleer(aangevuld, w, besluit.voor() == null);
    return aangevuld;
  }

  /** Whether the item still waits for its result: nothing printed, or only a marker. */
  static boolean wachtOpResultaat(Besluit besluit) {
    return besluit.uitslag() == null
        || besluit.uitslag() == Uitslag.GEAMENDEERD
        || besluit.uitslag() == Uitslag.GEWIJZIGD;
  }

  /** A faction line under an item (ADR 0010): "Voor: VVD, D66 (34) | Tegen: PVV, SP (4)". */
  static List<FractieStem> fracties(String tekst, int regel) {
    List<FractieStem> stemmen = new ArrayList<>();
    for (String deel : tekst.split("\\|")) {
      Matcher m = FRACTIES.matcher(deel.strip());
      if (!m.matches()) {
        return List.of();
      }
      Stem stem = m.group(1).equalsIgnoreCase("voor") ? Stem.VOOR : Stem.TEGEN;
      String namen = m.group(2).replaceAll("\\(\\s*\\d+\\s*\\)\\s*$", "").strip();
      for (String naam : namen.split(",")) {
        if (!naam.isBlank()) {
          stemmen.add(new FractieStem(naam.strip(), stem, regel));
        }
      }
    }
    return stemmen;
  }

  static boolean isFractieRegel(String tekst) {
    return FRACTIES.matcher(tekst.strip()).matches() && !fracties(tekst, 0).isEmpty();
  }

  /** The outcome words of FORMAT.md section 6; null when nothing is printed. */
  record Uitkomst(Uitslag uitslag, List<String> aanvullingen) {}

  static Uitkomst uitkomst(String tekst) {
    if (tekst == null || tekst.isBlank()) {
      return new Uitkomst(null, List.of());
    }
    String t = tekst.toLowerCase(Locale.ROOT);
    List<String> aanvullingen = new ArrayList<>();
    boolean geamendeerd = t.contains("geamendeerd");
    boolean gewijzigd = t.contains("gewijzigd");
    if (t.contains("acclamatie")) {
      aanvullingen.add("BIJ_ACCLAMATIE");
    }
    if (t.contains("algemene stemmen")
        || t.contains("algemene instemming")
        || t.contains("unaniem")) {
      aanvullingen.add("ALGEMENE_STEMMEN");
    }
    if (t.contains("hamerstuk")) {
      aanvullingen.add("HAMERSTUK");
    }
    Uitslag uitslag;
    if (t.contains("stemmen staken")) {
      uitslag = Uitslag.STEMMEN_STAKEN;
    } else if (t.contains("verworpen")) {
      uitslag = Uitslag.VERWORPEN;
    } else if (t.contains("ingetrokken")) {
      uitslag = Uitslag.INGETROKKEN;
    } else if (t.contains("aangehouden")) {
      uitslag = Uitslag.AANGEHOUDEN;
    } else if (t.contains("aanvaard") || t.contains("aangenomen") || !aanvullingen.isEmpty()) {
      uitslag = Uitslag.AANVAARD;
    } else if (geamendeerd) {
      return new Uitkomst(Uitslag.GEAMENDEERD, List.copyOf(aanvullingen));
    } else if (gewijzigd) {
      return new Uitkomst(Uitslag.GEWIJZIGD, List.copyOf(aanvullingen));
    } else {
      return new Uitkomst(Uitslag.ONBEKEND, List.copyOf(aanvullingen));
    }
    if (gewijzigd) {
      aanvullingen.add(0, "GEWIJZIGD");
    }
    if (geamendeerd) {
      aanvullingen.add(0, "GEAMENDEERD");
    }
    return new Uitkomst(uitslag, List.copyOf(aanvullingen));
  }

  /** Flags what does not add up (FORMAT.md sections 6, 7, 15); changes nothing. */
  private static void controleer(Besluit b, Waarschuwingen w, boolean zetels) {
    if (b.voor() == null || b.tegen() == null) {
      return;
    }
    int voor = b.voor();
    int tegen = b.tegen();
    if (zetels && voor + tegen > ZETELS) {
      w.voeg(
          Waarschuwing.Code.STEMMEN_BOVEN_ZETELS,
          b.regel(),
          b.nummer() + ": " + voor + "/" + tegen + " telt op tot meer dan " + ZETELS + " zetels.");
    }
    Uitslag u = b.uitslag();
    boolean strijdig =
        (u == Uitslag.AANVAARD && voor < tegen)
            || (u == Uitslag.VERWORPEN && voor > tegen)
            || (u == Uitslag.STEMMEN_STAKEN && voor != tegen);
    if (strijdig) {
      w.voeg(
          Waarschuwing.Code.UITSLAG_STRIJDIG_MET_STEMMEN,
          b.regel(),
          b.nummer() + ": uitslag " + u + " past niet bij " + voor + "/" + tegen + ".");
    }
  }
}
