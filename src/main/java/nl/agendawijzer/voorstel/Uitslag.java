package nl.agendawijzer.voorstel;

import java.util.Locale;

/**
 * The outcome of a vote, normalised from the page's words. The vocabulary is open: a word we do not
 * know maps to ONBEKEND, and the verbatim text is always kept beside it ({@code uitslagTekst}).
 */
public enum Uitslag {
  AANVAARD,
  VERWORPEN,
  STEMMEN_STAKEN,
  GEAMENDEERD,
  GEWIJZIGD,
  INGETROKKEN,
  AANGEHOUDEN,
  ONBEKEND;

  public static Uitslag vanTekst(String tekst) {
    if (tekst == null) {
      return ONBEKEND;
    }
    String t = tekst.strip().toLowerCase(Locale.ROOT);
    if (t.startsWith("aanvaard") || t.startsWith("aangenomen")) {
      return AANVAARD;
    }
    if (t.startsWith("verworpen")) {
      return VERWORPEN;
    }
    if (t.startsWith("stemmen staken")) {
      return STEMMEN_STAKEN;
    }
    if (t.startsWith("geamendeerd")) {
      return GEAMENDEERD;
    }
    if (t.startsWith("gewijzigd")) {
      return GEWIJZIGD;
    }
    if (t.startsWith("ingetrokken")) {
      return INGETROKKEN;
    }
    if (t.startsWith("aangehouden")) {
      return AANGEHOUDEN;
    }
    return ONBEKEND;
  }
}
