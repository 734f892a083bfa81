package nl.agendawijzer.importeren;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.agendawijzer.importeren.GeparseerdePagina.Bericht;
import nl.agendawijzer.importeren.GeparseerdePagina.Besluit;
import nl.agendawijzer.importeren.GeparseerdePagina.Sectie;

/**
 * Reads the plain text of an Agendawijzer page in the template of 2022 to 2024 (metadata line,
 * headed sections, history at the bottom; see the reference page 23161). It keeps the page's text
 * as printed, typos and mojibake included, and removes only the glossary pop-ups the site injects
 * into sentences. The other templates of FORMAT.md come with the importer issue.
 *
 * <p>Pure and stateless: no database, no CDI, so it is tested as plain JUnit over text fixtures.
 */
public final class AgendawijzerParser {

  /**
   * Pop-up texts the site's HTML injects after the word they explain ("het college College = ...").
   */
  static final List<String> GLOSSARIUM =
      List.of(
          "Met een motie kan een raadslid een onderwerp ter bespreking en stemming aandragen.",
          "Een amendement is een voorstel om de tekst van een raadsvoorstel te wijzigen.",
          "College = college van B&W",
          "Een interpellatie is bedoeld voor het vragen van inlichtingen aan het college of de"
              + " burgemeester over een onderwerp dat niet vermeld staat op de agenda.",
          "Beleid: weten wat je wilt, hoe en wanneer.");

  private static final String STUKKEN = "Waar vind ik de stukken?";
  private static final String HISTORIE = "Eerdere berichten";
  private static final String HISTORIE_UITLEG =
      "Hieronder vindt u berichten uit de historie van dit onderwerp.";
  private static final Set<String> KOPPEN =
      Set.of(
          "Waar gaat het over?",
          "Waarom praat de raad hierover?",
          "Wat verandert er?",
          STUKKEN,
          HISTORIE);

  /** The page footer: navigation, not content. Parsing stops at the first of these. */
  private static final Set<String> VOETTEKST =
      Set.of("Wie kan ik hierover spreken?", "Vergelijkbare artikelen", "Artikel delen:");

  private static final Map<String, Integer> MAANDEN =
      Map.ofEntries(
          Map.entry("januari", 1),
          Map.entry("februari", 2),
          Map.entry("maart", 3),
          Map.entry("april", 4),
          Map.entry("mei", 5),
          Map.entry("juni", 6),
          Map.entry("juli", 7),
          Map.entry("augustus", 8),
          Map.entry("september", 9),
          Map.entry("oktober", 10),
          Map.entry("november", 11),
          Map.entry("december", 12));

  private static final Pattern METADATUM = Pattern.compile("^(\\d{2})-(\\d{2})-(\\d{4})$");
  private static final Pattern BERICHT_DATUM =
      Pattern.compile("^(\\d{1,2}) ([a-z]+) (\\d{4}) - (.+)$");
  private static final Pattern OPSOMMING = Pattern.compile("^\\s*[•]\\s*(.*)$");
  private static final Pattern NUMMER_GROEP =
      Pattern.compile(
          "\\((\\d{5}(?:\\.\\d{3})?|RV-?\\d+(?:[-/]\\d{4})?|RG-?\\d+/\\d{4})\\)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern TYPE_WOORD =
      Pattern.compile(
          "^(Raadsvoorstel|Motie vreemd\\s*:|Motie\\s*:|Amendement\\s*:)\\s*(.*)$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern STEMMEN = Pattern.compile("\\(?(\\d{1,2})\\s*/\\s*(\\d{1,2})\\)?");
  private static final Pattern URL = Pattern.compile("https?://\\S+");
  private static final Pattern DOELEN_AANKONDIGING =
      Pattern.compile("\\bdoel(en)?\\b", Pattern.CASE_INSENSITIVE);

  public GeparseerdePagina parse(String tekst) {
    Regels regels = new Regels(tekst);
    if (regels.volgende() == null) {
      throw new OngeldigePagina(0, "De pagina is leeg.");
    }
    if (regels.volgende().tekst().strip().startsWith("Agendawijzer")) {
      regels.neem();
    }
    Regel titel = regels.neem();
    if (titel == null) {
      throw new OngeldigePagina(0, "De pagina heeft geen titel.");
    }

    Kop kop = new Kop();
    while (regels.volgende() != null && leesKopregel(regels.volgende(), kop)) {
      regels.neem();
    }
    if (kop.raadsnummer == null || kop.raadsnummer.isEmpty()) {
      throw new OngeldigePagina(
          titel.nummer(), "De pagina heeft geen raadsnummer (regel 'Raadsnummer: ...').");
    }

    List<List<Regel>> inleiding = regels.blokkenTotKop();
    List<Sectie> secties = new ArrayList<>();
    List<String> doelen = new ArrayList<>();
    List<String> urls = new ArrayList<>();
    List<Bericht> berichten = new ArrayList<>();
    while (regels.volgende() != null) {
      String naam = regels.neem().tekst().strip();
      if (VOETTEKST.contains(naam)) {
        break;
      }
      List<List<Regel>> blokken = regels.blokkenTotKop();
      switch (naam) {
        case STUKKEN -> urls.addAll(urls(blokken));
        case HISTORIE -> berichten.addAll(berichten(blokken));
        default -> {
          secties.add(new Sectie(naam, tekst(blokken)));
          doelen.addAll(doelen(blokken));
        }
      }
    }
    return new GeparseerdePagina(
        titel.tekst().strip(),
        kop.raadsnummer,
        kop.geschrevenOp,
        kop.laatstBewerktOp,
        kop.status,
        kop.afbeeldingAlt,
        inleiding.isEmpty() ? null : tekst(inleiding),
        secties,
        doelen,
        urls,
        berichten);
  }

  /** Reads one header line into {@code kop}; false when the line is not a header line. */
  private boolean leesKopregel(Regel regel, Kop kop) {
    String tekst = regel.tekst().strip();
    if (tekst.startsWith("Raadsnummer:")) {
      kop.raadsnummer = waarde(tekst);
      return true;
    }
    if (tekst.startsWith("Afbeelding:")) {
      kop.afbeeldingAlt = waarde(tekst);
      return true;
    }
    if (tekst.startsWith("Geschreven op:")
        || tekst.startsWith("Laatst bewerkt op:")
        || tekst.startsWith("Status onderwerp:")) {
      for (String deel : tekst.split("\\|")) {
        String label = deel.substring(0, Math.max(deel.indexOf(':'), 0)).strip();
        String waarde = waarde(deel);
        switch (label) {
          case "Geschreven op" -> kop.geschrevenOp = metadatum(regel, label, waarde);
          case "Laatst bewerkt op" -> kop.laatstBewerktOp = metadatum(regel, label, waarde);
          case "Status onderwerp" -> kop.status = waarde;
          default -> {
            // An unknown label is page text we do not interpret; the importer issue warns on it.
          }
        }
      }
      return true;
    }
    return false;
  }

  /** The value after the first colon, trimmed: "" when the label has no value. */
  private static String waarde(String labelEnWaarde) {
    int dubbelepunt = labelEnWaarde.indexOf(':');
    return dubbelepunt < 0 ? "" : labelEnWaarde.substring(dubbelepunt + 1).strip();
  }

  private static LocalDate metadatum(Regel regel, String label, String waarde) {
    if (waarde.isEmpty()) {
      return null;
    }
    Matcher m = METADATUM.matcher(waarde);
    if (!m.matches()) {
      throw new OngeldigePagina(
          regel.nummer(), label + ": '" + waarde + "' is geen datum in de vorm dd-mm-jjjj.");
    }
    return datum(regel, waarde, m.group(3), Integer.parseInt(m.group(2)), m.group(1));
  }

  private static LocalDate datum(Regel regel, String tekst, String jaar, int maand, String dag) {
    try {
      return LocalDate.of(Integer.parseInt(jaar), maand, Integer.parseInt(dag));
    } catch (DateTimeException e) {
      throw new OngeldigePagina(regel.nummer(), "'" + tekst + "' is geen bestaande datum.");
    }
  }

  /** Paragraphs separated by a blank line; a bullet keeps its "• " and loses its indent. */
  private static String tekst(List<List<Regel>> blokken) {
    List<String> alineas = new ArrayList<>();
    for (List<Regel> blok : blokken) {
      alineas.add(String.join("\n", blok.stream().map(AgendawijzerParser::regelTekst).toList()));
    }
    return String.join("\n\n", alineas);
  }

  private static String regelTekst(Regel regel) {
    Matcher opsomming = OPSOMMING.matcher(regel.tekst());
    return opsomming.matches() ? "• " + opsomming.group(1).strip() : regel.tekst().strip();
  }

  /**
   * The bullets that follow a paragraph announcing goals ("De gemeente heeft de volgende doelen:").
   */
  private static List<String> doelen(List<List<Regel>> blokken) {
    List<String> doelen = new ArrayList<>();
    for (int i = 1; i < blokken.size(); i++) {
      List<Regel> vorige = blokken.get(i - 1);
      String aankondiging = vorige.get(vorige.size() - 1).tekst();
      if (!DOELEN_AANKONDIGING.matcher(aankondiging).find()
          || !aankondiging.strip().endsWith(":")) {
        continue;
      }
      for (Regel regel : blokken.get(i)) {
        Matcher opsomming = OPSOMMING.matcher(regel.tekst());
        if (opsomming.matches()) {
          // The list punctuation (";" between items, "." after the last) is not part of a goal.
          doelen.add(opsomming.group(1).strip().replaceAll("[;.,]+$", ""));
        }
      }
    }
    return doelen;
  }

  private static List<String> urls(List<List<Regel>> blokken) {
    List<String> urls = new ArrayList<>();
    for (List<Regel> blok : blokken) {
      for (Regel regel : blok) {
        Matcher m = URL.matcher(regel.tekst());
        while (m.find()) {
          urls.add(m.group());
        }
      }
    }
    return urls;
  }

  private static List<Bericht> berichten(List<List<Regel>> blokken) {
    List<Bericht> berichten = new ArrayList<>();
    BerichtInOpbouw huidig = null;
    for (List<Regel> blok : blokken) {
      for (Regel regel : blok) {
        String tekst = regel.tekst().strip();
        Matcher datum = BERICHT_DATUM.matcher(tekst);
        Integer maand = datum.matches() ? MAANDEN.get(datum.group(2)) : null;
        if (maand != null) {
          if (huidig != null) {
            berichten.add(huidig.bericht());
          }
          String datumTekst = tekst.substring(0, tekst.indexOf(" - "));
          huidig =
              new BerichtInOpbouw(
                  datum(regel, datumTekst, datum.group(3), maand, datum.group(1)),
                  datumTekst,
                  datum.group(4).strip());
        } else if (!tekst.equals(HISTORIE_UITLEG)) {
          Besluit besluit = besluit(regel);
          if (besluit != null) {
            if (huidig == null) {
              huidig = new BerichtInOpbouw(null, null, "");
            }
            huidig.besluiten.add(besluit);
          }
        }
      }
    }
    if (huidig != null) {
      berichten.add(huidig.bericht());
    }
    return berichten;
  }

  /** Reads a decision item; null when the line names no voorstel number. */
  static Besluit besluit(Regel regel) {
    Matcher opsomming = OPSOMMING.matcher(regel.tekst());
    String tekst = (opsomming.matches() ? opsomming.group(1) : regel.tekst()).strip();
    Matcher nummer = NUMMER_GROEP.matcher(tekst);
    int start = -1;
    int einde = -1;
    String gevonden = null;
    while (nummer.find()) {
      // The last number-like group wins: titles may contain parentheses of their own.
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
    String uitslag = rest;
    Integer voor = null;
    Integer tegen = null;
    Matcher stemmen = STEMMEN.matcher(rest);
    if (stemmen.find()) {
      uitslag = rest.substring(0, stemmen.start()).strip();
      voor = Integer.valueOf(stemmen.group(1));
      tegen = Integer.valueOf(stemmen.group(2));
    }
    return new Besluit(
        regel.nummer(),
        typeWoord,
        titel.isEmpty() ? null : titel,
        gevonden,
        uitslag.isEmpty() ? null : uitslag,
        voor,
        tegen);
  }

  /** A line of the page with its 1-based number, glossary pop-ups removed. */
  record Regel(int nummer, String tekst, boolean leeg) {}

  private static final class Kop {
    String raadsnummer;
    LocalDate geschrevenOp;
    LocalDate laatstBewerktOp;
    String status;
    String afbeeldingAlt;
  }

  private static final class BerichtInOpbouw {
    final LocalDate datum;
    final String datumTekst;
    final String tekst;
    final List<Besluit> besluiten = new ArrayList<>();

    BerichtInOpbouw(LocalDate datum, String datumTekst, String tekst) {
      this.datum = datum;
      this.datumTekst = datumTekst;
      this.tekst = tekst;
    }

    Bericht bericht() {
      return new Bericht(datum, datumTekst, tekst, List.copyOf(besluiten));
    }
  }

  /** The page's lines with a read position; blank and NBSP-only lines count as empty. */
  private static final class Regels {
    private final List<Regel> regels = new ArrayList<>();
    private int positie;

    Regels(String tekst) {
      String[] lines = tekst.split("\\R", -1);
      for (int i = 0; i < lines.length; i++) {
        String line = zonderGlossarium(lines[i]);
        regels.add(new Regel(i + 1, line, line.replace('\u00a0', ' ').isBlank()));
      }
    }

    /** Skips empty lines; the next non-empty line, or null at the end. */
    Regel volgende() {
      while (positie < regels.size() && regels.get(positie).leeg()) {
        positie++;
      }
      return positie < regels.size() ? regels.get(positie) : null;
    }

    Regel neem() {
      Regel regel = volgende();
      if (regel != null) {
        positie++;
      }
      return regel;
    }

    /** Blocks of consecutive non-empty lines, up to the next heading or the end. */
    List<List<Regel>> blokkenTotKop() {
      List<List<Regel>> blokken = new ArrayList<>();
      List<Regel> blok = new ArrayList<>();
      while (positie < regels.size()) {
        Regel regel = regels.get(positie);
        if (regel.leeg()) {
          if (!blok.isEmpty()) {
            blokken.add(blok);
            blok = new ArrayList<>();
          }
        } else if (isKop(regel)) {
          break;
        } else {
          blok.add(regel);
        }
        positie++;
      }
      if (!blok.isEmpty()) {
        blokken.add(blok);
      }
      return blokken;
    }

    private static boolean isKop(Regel regel) {
      String tekst = regel.tekst().strip();
      return KOPPEN.contains(tekst) || VOETTEKST.contains(tekst);
    }
  }

  static String zonderGlossarium(String line) {
    String result = line;
    for (String uitleg : GLOSSARIUM) {
      result = result.replace(" " + uitleg, "").replace(uitleg, "");
    }
    return result;
  }
}
