package nl.agendawijzer.importeren;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The page's date shapes (FORMAT.md section 3): {@code 04-04-2024} in the header, {@code 3 maart
 * 2022} or year-less {@code 24 november} in the history. A date that does not exist gives null and
 * a warning, never a guess.
 */
final class Datums {

  static final Map<String, Integer> MAANDEN =
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

  static final Pattern METADATUM = Pattern.compile("^(\\d{2})-(\\d{2})-(\\d{4})$");

  /** A history line: "3 maart 2022 - Plenair, besluit." or "24 november - Carrousel". */
  static final Pattern BERICHT =
      Pattern.compile("^(\\d{1,2})\\s+([A-Za-z]+)\\.?(?:\\s+(\\d{4}))?\\s+-\\s*(.*)$");

  /** A date cut off at the end of the page: "3 mrt…". */
  static final Pattern AFGEKAPT =
      Pattern.compile("^(\\d{1,2})\\s+([A-Za-z]{1,9})\\.?(…|\\.\\.\\.)?$");

  private Datums() {}

  /** A header date; null (and a warning) when it is no date in the form dd-mm-jjjj. */
  static LocalDate metadatum(
      PaginaRegels.Regel regel, String label, String waarde, Waarschuwingen w) {
    if (waarde.isEmpty()) {
      return null;
    }
    Matcher m = METADATUM.matcher(waarde);
    if (!m.matches()) {
      w.voeg(
          Waarschuwing.Code.DATUM_ONLEESBAAR,
          regel.nummer(),
          label + ": '" + waarde + "' is geen datum in de vorm dd-mm-jjjj.");
      return null;
    }
    LocalDate datum =
        datum(
            Integer.parseInt(m.group(3)),
            Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(1)));
    if (datum == null) {
      w.voeg(
          Waarschuwing.Code.DATUM_ONLEESBAAR,
          regel.nummer(),
          label + ": '" + waarde + "' is geen bestaande datum.");
    }
    return datum;
  }

  /** The month of a Dutch month name as printed; null for anything else ("mrt" is not one). */
  static Integer maand(String naam) {
    return MAANDEN.get(naam.toLowerCase(Locale.ROOT));
  }

  static LocalDate datum(int jaar, int maand, int dag) {
    try {
      return LocalDate.of(jaar, maand, dag);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * FORMAT.md section 3: a year-less date takes the anchor's year, plus one when it would fall more
   * than 31 days before the anchor.
   */
  static LocalDate metJaarVan(LocalDate anker, int maand, int dag) {
    LocalDate datum = datum(anker.getYear(), maand, dag);
    if (datum == null) {
      // 29 februari in a year without it: try the next year before giving up.
      return datum(anker.getYear() + 1, maand, dag);
    }
    return datum.isBefore(anker.minusDays(31)) ? datum(anker.getYear() + 1, maand, dag) : datum;
  }
}
