package nl.agendawijzer.voorstel;

import java.util.Locale;

/** What kind of instrument a voorstel is. ONBEKEND when the page does not say. */
public enum VoorstelSoort {
  RAADSVOORSTEL,
  MOTIE,
  MOTIE_VREEMD,
  AMENDEMENT,
  ONBEKEND;

  /** Classifies the type word in front of an item ("Motie vreemd:", "Amendement :", ...). */
  public static VoorstelSoort vanTypeWoord(String typeWoord) {
    if (typeWoord == null) {
      return ONBEKEND;
    }
    String t = typeWoord.replace(":", " ").strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    return switch (t) {
      case "raadsvoorstel" -> RAADSVOORSTEL;
      case "motie" -> MOTIE;
      case "motie vreemd" -> MOTIE_VREEMD;
      case "amendement" -> AMENDEMENT;
      default -> ONBEKEND;
    };
  }
}
