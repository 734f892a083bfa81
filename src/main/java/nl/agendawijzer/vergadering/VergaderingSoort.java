package nl.agendawijzer.vergadering;

import java.util.Locale;

/** The kind of meeting: carrousel sessions discuss, the plenaire vergadering decides. */
public enum VergaderingSoort {
  PLENAIR,
  CARROUSEL,
  ONBEKEND;

  /** Classifies a history line's meeting text ("Plenair, besluit.") by keyword. */
  public static VergaderingSoort vanTekst(String tekst) {
    String lower = tekst == null ? "" : tekst.toLowerCase(Locale.ROOT);
    if (lower.contains("plenair") || lower.contains("besluit")) {
      return PLENAIR;
    }
    if (lower.contains("carrousel")) {
      return CARROUSEL;
    }
    return ONBEKEND;
  }
}
