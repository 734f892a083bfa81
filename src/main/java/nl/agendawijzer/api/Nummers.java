package nl.agendawijzer.api;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The council's numbering schemes (FORMAT.md, section 8): 24117, 24117.003, RV-88/2021,
 * RG-201/2022.
 */
public final class Nummers {

  public static final String SCHEMA =
      "^(\\d{5}(\\.\\d{3})?|[Rr][Vv]-?\\d+([-/]\\d{4})?|[Rr][Gg]-?\\d+/\\d{4})$";

  /** The longest number the database keeps (raadsnummer and nummer are varchar(50)). */
  public static final int MAX_LENGTE = 50;

  private static final Pattern YYNNN = Pattern.compile("^\\d{5}$");
  private static final Pattern YYNNN_SSS = Pattern.compile("^\\d{5}\\.\\d{3}$");
  private static final Pattern RV = Pattern.compile("^RV-?\\d+([-/]\\d{4})?$");
  private static final Pattern RG = Pattern.compile("^RG-?\\d+/\\d{4}$");

  private Nummers() {}

  /**
   * The scheme of a number as the contract names it: YYNNN, YYNNN_SSS, RV, RG or OVERIG. One place
   * for the parser and for topics made through the API, whose key is their only number.
   */
  public static String schema(String nummer) {
    String upper = nummer.strip().toUpperCase(Locale.ROOT);
    if (YYNNN.matcher(upper).matches()) {
      return "YYNNN";
    } else if (YYNNN_SSS.matcher(upper).matches()) {
      return "YYNNN_SSS";
    } else if (RV.matcher(upper).matches()) {
      return "RV";
    } else if (RG.matcher(upper).matches()) {
      return "RG";
    }
    return "OVERIG";
  }
}
