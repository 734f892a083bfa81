package nl.agendawijzer.importeren;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.agendawijzer.importeren.GeparseerdePagina.Bericht;
import nl.agendawijzer.importeren.GeparseerdePagina.Besluit;
import nl.agendawijzer.importeren.GeparseerdePagina.Sectie;
import nl.agendawijzer.importeren.GeparseerdePagina.Sjabloon;
import nl.agendawijzer.importeren.PaginaRegels.Regel;
import nl.agendawijzer.importeren.Raadsnummers.Nummer;

/**
 * Reads the plain text of an Agendawijzer page in any template of FORMAT.md (T1, T2, T3, hybrids,
 * meeting summaries). It keeps the page's text as printed, typos and mojibake included, removes
 * only the glossary pop-ups, and reports what it is unsure of as warnings instead of guessing. The
 * rules live in focused classes: {@link PaginaRegels} (lines, pop-ups), {@link Datums} (dates),
 * {@link HistorieLezer} (history, year inference), {@link BesluitLezer} (items, outcomes, votes)
 * and {@link Raadsnummers} (numbering schemes, key of a page without a number).
 *
 * <p>Pure and stateless: no database, no CDI, so it is tested as plain JUnit over text fixtures. It
 * throws only {@link OngeldigePagina}, for text that is no topic page at all.
 */
public final class AgendawijzerParser {

  /** Raised when a change to the parser can change what a page yields; shown in herkomst. */
  public static final String VERSIE = "2.0.0";

  /** Kept for callers that strip pop-ups from other text. */
  static final List<String> GLOSSARIUM = PaginaRegels.GLOSSARIUM;

  private static final String STUKKEN = "Waar vind ik de stukken?";
  private static final String HISTORIE = "Eerdere berichten";
  private static final String BESLUITEN = "Besluiten";
  private static final Set<String> KOPPEN =
      Set.of(
          "Waar gaat het over?",
          "Waarom praat de raad hierover?",
          "Wat verandert er?",
          "Agenda van de plenaire vergadering",
          STUKKEN,
          HISTORIE,
          BESLUITEN);

  /** The page footer: navigation, not content. Sections stop at the first of these. */
  private static final Set<String> VOETTEKST =
      Set.of("Wie kan ik hierover spreken?", "Vergelijkbare artikelen", "Artikel delen:");

  /** Site pages that are no topic (FORMAT.md section 1, last line). */
  private static final Pattern GEEN_ONDERWERP =
      Pattern.compile("^(Wikioverzicht|Blogoverzicht)\\b", Pattern.CASE_INSENSITIVE);

  private static final Pattern VOET_NUMMER =
      Pattern.compile("^Raads\\s*(?:nummer|Number)\\s*:\\s*(.*)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern NUMMER_GROEP =
      Pattern.compile("\\(\\s*(?:" + Raadsnummers.GROEP + ")\\s*\\)", Pattern.CASE_INSENSITIVE);
  private static final Pattern URL = Pattern.compile("https?://\\S+");
  private static final Pattern INSTRUMENT =
      Pattern.compile("documentwijzer\\.raadvanalmere\\.nl/app/instrument/([^/?#\\s]+)");
  private static final Pattern DOELEN_AANKONDIGING =
      Pattern.compile("\\bdoel(en)?\\b", Pattern.CASE_INSENSITIVE);
  private static final int MAX_URL = 2000;

  /**
   * The longest line a page may have, in characters, unless configured otherwise
   * (agendawijzer.import.max-regel). The longest line of the reference page and the fixtures is
   * under 900 characters; a line of more than ten times that is no page the site printed.
   */
  public static final int MAX_REGEL = 10_000;

  private final int maxRegel;

  public AgendawijzerParser() {
    this(MAX_REGEL);
  }

  /**
   * @param maxRegel the longest line accepted, in characters; a longer one refuses the page
   */
  public AgendawijzerParser(int maxRegel) {
    this.maxRegel = maxRegel;
  }

  public GeparseerdePagina parse(String tekst) {
    if (tekst == null) {
      throw new OngeldigePagina(0, "De pagina is leeg.");
    }
    int nul = tekst.indexOf('\0');
    if (nul >= 0) {
      int regel = (int) tekst.substring(0, nul).chars().filter(c -> c == '\n').count() + 1;
      throw new OngeldigePagina(regel, "De pagina bevat een NUL-teken: dit is geen tekst.");
    }
    Waarschuwingen w = new Waarschuwingen();
    PaginaRegels regels = new PaginaRegels(tekst, maxRegel);
    Regel eerste = regels.volgende();
    if (eerste == null) {
      throw new OngeldigePagina(0, "De pagina is leeg.");
    }
    String label = null;
    if (eerste.schoon().startsWith("Agendawijzer")) {
      label = eerste.schoon();
      regels.neem();
    }
    Kop kop = new Kop();
    Regel volgende = regels.volgende();
    if (volgende != null && Datums.METADATUM.matcher(volgende.schoon()).matches()) {
      kop.kopDatum = Datums.metadatum(volgende, "Datum", volgende.schoon(), w);
      kop.kopDatumRegel = true;
      regels.neem();
    }
    Regel titel = regels.volgende();
    if (titel == null || isKopregel(titel.schoon())) {
      throw new OngeldigePagina(
          titel == null ? eerste.nummer() : titel.nummer(),
          "De pagina heeft geen titel (de eerste regel na 'Agendawijzer' en een datum).");
    }
    regels.neem();
    if (GEEN_ONDERWERP.matcher(titel.schoon()).find()) {
      throw new OngeldigePagina(
          titel.nummer(), "'" + titel.schoon() + "' is een overzichtspagina, geen onderwerp.");
    }
    while (regels.volgende() != null && leesKopregel(regels.volgende(), kop, w)) {
      regels.neem();
    }
    if (kop.raadsnummerTekst == null && !kop.metadata && !kop.kopDatumRegel) {
      throw new OngeldigePagina(
          titel.nummer(),
          "Geen Agendawijzer-onderwerp: onder de titel staat geen 'Raadsnummer:', geen"
              + " metadataregel ('Geschreven op: ...') en geen datumregel (dd-mm-jjjj).");
    }
    // T1 and hybrids print the image's caption bare, as the line after the header (section 12).
    if (kop.afbeeldingAlt == null && kop.raadsnummerTekst == null) {
      Regel bijschrift = regels.volgende();
      if (bijschrift != null
          && regels.daarna() != null
          && !isKop(bijschrift)
          && !HistorieLezer.isDatumregel(bijschrift.tekst())
          && !NUMMER_GROEP.matcher(bijschrift.tekst()).find()
          && !bijschrift.schoon().matches(".*[.!?:;,…]$")) {
        kop.afbeeldingAlt = regels.neem().schoon();
      }
    }
    Sjabloon sjabloon = sjabloon(titel, kop, regels);

    HistorieLezer historie = new HistorieLezer(w);
    List<List<Regel>> inleiding = inleiding(regels.blokkenTot(this::isKop), historie);
    List<Sectie> secties = new ArrayList<>();
    List<String> doelen = new ArrayList<>();
    Set<String> urls = new LinkedHashSet<>();
    List<Regel> stukkenRegels = new ArrayList<>();
    List<Regel> overigeRegels = new ArrayList<>();
    inleiding.forEach(overigeRegels::addAll);
    List<Regel> voettekst = List.of();
    while (regels.volgende() != null) {
      Regel kopregel = regels.neem();
      String naam = kopregel.schoon();
      if (VOETTEKST.contains(naam)) {
        voettekst = regels.rest();
        break;
      }
      List<List<Regel>> blokken = regels.blokkenTot(this::isKop);
      switch (naam) {
        case STUKKEN -> blokken.forEach(stukkenRegels::addAll);
        case HISTORIE, BESLUITEN -> historie.lees(alle(blokken), regels.volgende() == null);
        default -> {
          if (!KOPPEN.contains(naam)) {
            w.voeg(
                Waarschuwing.Code.KOP_ONBEKEND,
                kopregel.nummer(),
                "Onbekende kop '" + naam + "': als sectie bewaard.");
          }
          secties.add(new Sectie(naam, tekst(blokken)));
          doelen.addAll(doelen(blokken));
          blokken.forEach(overigeRegels::addAll);
        }
      }
    }
    urls.addAll(urls(stukkenRegels, w, false));
    urls.addAll(urls(overigeRegels, w, true));

    List<Nummer> nummers = new ArrayList<>(kop.nummers);
    String instrument = instrumentNummer(urls);
    String voetNummer = voetNummer(voettekst);
    String sleutel =
        nummers.stream()
            .filter(n -> n.schema() != Raadsnummers.Schema.OVERIG)
            .map(n -> Raadsnummers.sleutel(n.ruw()))
            .findFirst()
            .orElse(null);
    if (instrument != null) {
      if (sleutel == null) {
        sleutel = Raadsnummers.sleutel(instrument);
        nummers.add(Raadsnummers.lees(instrument));
      } else if (!bevat(nummers, instrument)) {
        w.voeg(
            Waarschuwing.Code.NUMMER_TEGENSTRIJDIG,
            0,
            "De documentwijzer-link noemt " + instrument + ", de pagina " + sleutel + ".");
      }
    }
    if (voetNummer != null) {
      if (sleutel == null) {
        sleutel = Raadsnummers.sleutel(voetNummer);
        nummers.add(Raadsnummers.lees(voetNummer));
      } else if (!bevat(nummers, voetNummer)) {
        w.voeg(
            Waarschuwing.Code.NUMMER_TEGENSTRIJDIG,
            0,
            "De voettekst noemt raadsnummer " + voetNummer + ", de kop " + sleutel + ".");
      }
    }
    if (sleutel == null) {
      sleutel = Raadsnummers.sleutelZonderNummer(titel.schoon());
      w.voeg(
          Waarschuwing.Code.GEEN_NUMMER,
          kop.raadsnummerRegel,
          "De pagina noemt geen raadsnummer; sleutel " + sleutel + " afgeleid van de titel.");
    }

    LocalDate anker = kop.geschrevenOp != null ? kop.geschrevenOp : kop.kopDatum;
    List<Bericht> berichten = historie.berichten(anker);
    if (sjabloon == Sjabloon.VERGADERING) {
      berichten = metVergaderdatum(titel.schoon(), berichten);
    }
    if (sjabloon != Sjabloon.VERGADERING) {
      vreemdeBesluiten(nummers, berichten, w);
    }
    Integer aanwezig = historie.aanwezig();
    if (aanwezig != null) {
      for (Bericht b : berichten) {
        for (Besluit besluit : b.besluiten()) {
          if (besluit.voor() != null && besluit.voor() + besluit.tegen() > aanwezig) {
            w.voeg(
                Waarschuwing.Code.STEMMEN_BOVEN_AANWEZIG,
                besluit.regel(),
                besluit.nummer()
                    + ": "
                    + besluit.voor()
                    + "/"
                    + besluit.tegen()
                    + " is meer dan de "
                    + aanwezig
                    + " aanwezigen.");
          }
        }
      }
    }
    return new GeparseerdePagina(
        sjabloon,
        label,
        kop.kopDatum,
        titel.schoon(),
        sleutel,
        List.copyOf(nummers),
        kop.geschrevenOp,
        kop.laatstBewerktOp,
        kop.status,
        kop.afbeeldingAlt,
        inleiding.isEmpty() ? null : tekst(inleiding),
        secties,
        doelen,
        List.copyOf(urls),
        berichten,
        aanwezig,
        w.lijst());
  }

  private static final Pattern TITEL_DATUM = Pattern.compile("(\\d{1,2}) ([a-z]+) (\\d{4})\\s*$");

  /**
   * A meeting summary's decisions are undated under "Besluiten"; the meeting's date is the one in
   * the title ("Plenaire vergadering 16 mei 2024"), printed, so not inferred.
   */
  private static List<Bericht> metVergaderdatum(String titel, List<Bericht> berichten) {
    Matcher m = TITEL_DATUM.matcher(titel);
    Integer maand = m.find() ? Datums.maand(m.group(2)) : null;
    LocalDate datum =
        maand == null
            ? null
            : Datums.datum(Integer.parseInt(m.group(3)), maand, Integer.parseInt(m.group(1)));
    if (datum == null) {
      return berichten;
    }
    String datumTekst = m.group();
    return berichten.stream()
        .map(
            b ->
                b.datum() != null || b.datumTekst() != null
                    ? b
                    : new Bericht(
                        datum,
                        datumTekst.strip(),
                        false,
                        b.kopje(),
                        b.tekst().isEmpty() ? titel : b.tekst(),
                        b.besluiten()))
        .toList();
  }

  private static Sjabloon sjabloon(Regel titel, Kop kop, PaginaRegels regels) {
    if (titel.schoon().toLowerCase(Locale.ROOT).startsWith("plenaire vergadering")) {
      return Sjabloon.VERGADERING;
    }
    if (kop.kopDatumRegel) {
      return Sjabloon.T1;
    }
    if (kop.raadsnummerTekst == null) {
      return Sjabloon.HYBRIDE;
    }
    return regels.heeftLegeRegelsNa(titel.nummer()) ? Sjabloon.T2 : Sjabloon.T3;
  }

  /**
   * The teaser: the blocks before the first heading, up to the first history line; T1 and meeting
   * pages print their history there (section 4), so those lines go to the history reader.
   */
  private static List<List<Regel>> inleiding(List<List<Regel>> blokken, HistorieLezer historie) {
    List<List<Regel>> teaser = new ArrayList<>();
    List<Regel> rest = new ArrayList<>();
    for (List<Regel> blok : blokken) {
      List<Regel> voor = new ArrayList<>();
      for (Regel regel : blok) {
        if (rest.isEmpty()
            && !HistorieLezer.isDatumregel(regel.tekst())
            && HistorieLezer.aanwezig(regel.tekst()) == null
            && !NUMMER_GROEP.matcher(regel.tekst()).find()
            && !isBesluitenKop(regel)) {
          voor.add(regel);
        } else {
          rest.add(regel);
        }
      }
      if (!voor.isEmpty()) {
        teaser.add(voor);
      }
    }
    historie.lees(rest, false);
    return teaser;
  }

  private static boolean isBesluitenKop(Regel regel) {
    return regel.schoon().replaceFirst("^[•*-]\\s*", "").equals(BESLUITEN);
  }

  private static List<Regel> alle(List<List<Regel>> blokken) {
    List<Regel> alle = new ArrayList<>();
    blokken.forEach(alle::addAll);
    return alle;
  }

  private boolean isKop(Regel regel) {
    String tekst = regel.schoon();
    if (KOPPEN.contains(tekst) || VOETTEKST.contains(tekst)) {
      return true;
    }
    // An unknown heading: short, after the NBSP line the site puts before every heading.
    return regel.naNbsp()
        && tekst.length() <= 80
        && !tekst.matches(".*[.:;,]$")
        && !BesluitLezer.OPSOMMING.matcher(regel.tekst()).matches()
        && !HistorieLezer.isDatumregel(tekst)
        && !NUMMER_GROEP.matcher(tekst).find();
  }

  private static boolean isKopregel(String tekst) {
    return tekst.startsWith("Raadsnummer:")
        || tekst.startsWith("Geschreven op:")
        || tekst.startsWith("Laatst bewerkt op:")
        || tekst.startsWith("Status onderwerp:");
  }

  /** Reads one header line into {@code kop}; false when the line is not a header line. */
  private static boolean leesKopregel(Regel regel, Kop kop, Waarschuwingen w) {
    String tekst = regel.schoon();
    if (tekst.startsWith("Raadsnummer:") && kop.raadsnummerTekst == null) {
      kop.raadsnummerTekst = waarde(tekst);
      kop.raadsnummerRegel = regel.nummer();
      for (String deel : kop.raadsnummerTekst.split("[\\s,;|]+")) {
        if (!deel.isBlank()) {
          Nummer nummer = Raadsnummers.lees(deel);
          if (nummer.schema() == Raadsnummers.Schema.OVERIG) {
            w.voeg(
                Waarschuwing.Code.NUMMER_ONBEKEND_SCHEMA,
                regel.nummer(),
                "'" + deel + "' volgt geen bekend nummerschema.");
          }
          kop.nummers.add(nummer);
        }
      }
      return true;
    }
    if (tekst.startsWith("Afbeelding:") && kop.afbeeldingAlt == null) {
      kop.afbeeldingAlt = waarde(tekst);
      return true;
    }
    if (isKopregel(tekst)) {
      kop.metadata = true;
      for (String deel : tekst.split("\\|")) {
        String label = deel.substring(0, Math.max(deel.indexOf(':'), 0)).strip();
        String waarde = waarde(deel);
        switch (label) {
          case "Geschreven op" -> kop.geschrevenOp = Datums.metadatum(regel, label, waarde, w);
          case "Laatst bewerkt op" ->
              kop.laatstBewerktOp = Datums.metadatum(regel, label, waarde, w);
          case "Status onderwerp" -> kop.status = waarde;
          default ->
              w.voeg(
                  Waarschuwing.Code.KOP_ONBEKEND,
                  regel.nummer(),
                  "Onbekend veld '" + deel.strip() + "' in de metadataregel.");
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

  /** Paragraphs separated by a blank line; a bullet keeps its "• " and loses its indent. */
  private static String tekst(List<List<Regel>> blokken) {
    List<String> alineas = new ArrayList<>();
    for (List<Regel> blok : blokken) {
      alineas.add(String.join("\n", blok.stream().map(AgendawijzerParser::regelTekst).toList()));
    }
    return String.join("\n\n", alineas);
  }

  private static final Pattern BOLLETJE = Pattern.compile("^\\s*+•\\s*+(.*)$");

  private static String regelTekst(Regel regel) {
    Matcher opsomming = BOLLETJE.matcher(regel.tekst());
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
        Matcher opsomming = BesluitLezer.OPSOMMING.matcher(regel.tekst());
        if (opsomming.matches()) {
          // The list punctuation (";" between items, "." after the last) is not part of a goal.
          doelen.add(zonderSlot(opsomming.group(1).strip(), ";.,"));
        }
      }
    }
    return doelen;
  }

  /**
   * URLs as printed, trimmed of surrounding punctuation and validated; outside the documents
   * section only links to the documentwijzer count (T1 names them in running text).
   */
  private static List<String> urls(List<Regel> regels, Waarschuwingen w, boolean alleenWijzer) {
    List<String> urls = new ArrayList<>();
    for (Regel regel : regels) {
      Matcher m = URL.matcher(regel.tekst());
      while (m.find()) {
        String url = zonderSlot(m.group(), URL_SLOT);
        if (alleenWijzer && !url.contains("documentwijzer.raadvanalmere.nl")) {
          continue;
        }
        if (url.length() > MAX_URL || !geldig(url)) {
          w.voeg(
              Waarschuwing.Code.URL_ONGELDIG,
              regel.nummer(),
              "Ongeldige URL overgeslagen: '" + afgekort(url) + "'.");
        } else {
          urls.add(url);
        }
      }
    }
    return urls;
  }

  /** Punctuation that ends a sentence or a bracket after a link, not the link itself. */
  private static final String URL_SLOT = ".,;:)]'\"’";

  /**
   * The text without its trailing run of {@code tekens}. A scan from the end: the pattern {@code
   * [.,;:]+$} it replaces retried every position of a run that does not reach the end, quadratic in
   * the run ("https://a" followed by 40,000 dots and "b" took 14 s).
   */
  static String zonderSlot(String tekst, String tekens) {
    int einde = tekst.length();
    while (einde > 0 && tekens.indexOf(tekst.charAt(einde - 1)) >= 0) {
      einde--;
    }
    return tekst.substring(0, einde);
  }

  private static boolean geldig(String url) {
    try {
      URI uri = new URI(url);
      return uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static String afgekort(String tekst) {
    return tekst.length() > 120 ? tekst.substring(0, 120) + "…" : tekst;
  }

  private static String instrumentNummer(Set<String> urls) {
    for (String url : urls) {
      Matcher m = INSTRUMENT.matcher(url);
      if (m.find() && Raadsnummers.lees(m.group(1)).schema() != Raadsnummers.Schema.OVERIG) {
        return m.group(1);
      }
    }
    return null;
  }

  private static String voetNummer(List<Regel> voettekst) {
    for (Regel regel : voettekst) {
      Matcher m = VOET_NUMMER.matcher(regel.schoon());
      if (m.matches() && !m.group(1).isBlank()) {
        String nr = m.group(1).strip();
        return Raadsnummers.lees(nr).schema() == Raadsnummers.Schema.OVERIG ? null : nr;
      }
    }
    return null;
  }

  private static boolean bevat(List<Nummer> nummers, String nummer) {
    String canoniek = Raadsnummers.lees(nummer).canoniek();
    return nummers.stream().anyMatch(n -> n.canoniek().equals(canoniek));
  }

  /** Items whose number belongs to another topic ("24188.002" on the 24117 page): kept, flagged. */
  private static void vreemdeBesluiten(
      List<Nummer> nummers, List<Bericht> berichten, Waarschuwingen w) {
    Set<String> basissen =
        nummers.stream()
            .map(n -> Raadsnummers.basis(n.canoniek()))
            .filter(b -> b != null)
            .collect(Collectors.toSet());
    if (basissen.isEmpty()) {
      return;
    }
    for (Bericht bericht : berichten) {
      for (Besluit besluit : bericht.besluiten()) {
        String basis = Raadsnummers.basis(besluit.nummer());
        if (basis != null && !basissen.contains(basis)) {
          w.voeg(
              Waarschuwing.Code.ONDERWERP_VREEMD,
              besluit.regel(),
              besluit.nummer()
                  + " lijkt bij een ander onderwerp te horen dan "
                  + String.join(", ", basissen)
                  + ".");
        }
      }
    }
  }

  private static final class Kop {
    LocalDate kopDatum;
    boolean kopDatumRegel;
    String raadsnummerTekst;
    int raadsnummerRegel;
    final List<Nummer> nummers = new ArrayList<>();
    boolean metadata;
    LocalDate geschrevenOp;
    LocalDate laatstBewerktOp;
    String status;
    String afbeeldingAlt;
  }
}
