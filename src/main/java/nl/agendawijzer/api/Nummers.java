package nl.agendawijzer.api;

import java.util.regex.Pattern;

/**
 * The council's numbering schemes (FORMAT.md, section 8): 24117, 24117.003, RV-88/2021,
 * RG-201/2022.
 */
public final class Nummers {

  public static final String SCHEMA =
      "^(\\d{5}(\\.\\d{3})?|[Rr][Vv]-?\\d+([-/]\\d{4})?|[Rr][Gg]-?\\d+/\\d{4})$";

  private static final Pattern PATTERN = Pattern.compile(SCHEMA);

  private Nummers() {}

  public static boolean bekend(String nummer) {
    return nummer != null && PATTERN.matcher(nummer).matches();
  }
}
