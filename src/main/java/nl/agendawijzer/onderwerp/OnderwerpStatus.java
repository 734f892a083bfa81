package nl.agendawijzer.onderwerp;

import java.util.Locale;

/**
 * The phase of an onderwerp as the page states it. The page's word is kept verbatim beside it
 * ({@code statusTekst}); pages are known to state a phase that contradicts their own history.
 */
public enum OnderwerpStatus {
  NOG_NIET_GEAGENDEERD,
  WEGINGSTAFEL,
  IN_BEHANDELING,
  KLAAR_VOOR_BESLUIT,
  AFGEROND,
  ONBEKEND;

  public static OnderwerpStatus vanTekst(String tekst) {
    if (tekst == null) {
      return ONBEKEND;
    }
    return switch (tekst.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")) {
      case "nog niet geagendeerd" -> NOG_NIET_GEAGENDEERD;
      case "wegingstafel" -> WEGINGSTAFEL;
      case "in behandeling" -> IN_BEHANDELING;
      case "klaar voor besluit" -> KLAAR_VOOR_BESLUIT;
      case "afgerond" -> AFGEROND;
      default -> ONBEKEND;
    };
  }
}
