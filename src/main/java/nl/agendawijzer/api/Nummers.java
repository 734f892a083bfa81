package nl.agendawijzer.api;

/**
 * The council's numbering schemes (FORMAT.md, section 8): 24117, 24117.003, RV-88/2021,
 * RG-201/2022.
 */
public final class Nummers {

  public static final String SCHEMA =
      "^(\\d{5}(\\.\\d{3})?|[Rr][Vv]-?\\d+([-/]\\d{4})?|[Rr][Gg]-?\\d+/\\d{4})$";

  private Nummers() {}
}
