package nl.agendawijzer.importeren;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The lines of a page with a read position. Glossary pop-ups are removed from each line first
 * (FORMAT.md section 13); blank and NBSP-only lines count as empty.
 */
final class PaginaRegels {

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

  /**
   * A line of the page with its 1-based number, glossary pop-ups removed.
   *
   * @param naNbsp whether the line before it holds only a non-breaking space: the site puts one
   *     before each heading, which is how an unknown heading is recognised
   */
  record Regel(int nummer, String tekst, boolean leeg, boolean naNbsp) {
    Regel(int nummer, String tekst, boolean leeg) {
      this(nummer, tekst, leeg, false);
    }

    String schoon() {
      return tekst.strip();
    }
  }

  private final List<Regel> regels = new ArrayList<>();
  private int positie;

  /**
   * @param maxRegel the longest line accepted: a longer one makes the page an {@link
   *     OngeldigePagina} before any pattern runs over it, so the work per line stays bounded
   */
  PaginaRegels(String tekst, int maxRegel) {
    String[] lines = tekst.split("\\R", -1);
    boolean vorigeNbsp = false;
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].length() > maxRegel) {
        throw new OngeldigePagina(
            i + 1,
            "De regel is "
                + lines[i].length()
                + " tekens lang; een regel mag hoogstens "
                + maxRegel
                + " tekens zijn.");
      }
      String line = zonderGlossarium(lines[i]);
      boolean leeg = line.replace('\u00a0', ' ').isBlank();
      regels.add(new Regel(i + 1, line, leeg, vorigeNbsp));
      vorigeNbsp = leeg && line.indexOf('\u00a0') >= 0;
    }
  }

  /** Skips empty lines; the next non-empty line, or null at the end. */
  Regel volgende() {
    while (positie < regels.size() && regels.get(positie).leeg()) {
      positie++;
    }
    return positie < regels.size() ? regels.get(positie) : null;
  }

  /** The non-empty line after the next one, or null. */
  Regel daarna() {
    volgende();
    for (int i = positie + 1; i < regels.size(); i++) {
      if (!regels.get(i).leeg()) {
        return regels.get(i);
      }
    }
    return null;
  }

  Regel neem() {
    Regel regel = volgende();
    if (regel != null) {
      positie++;
    }
    return regel;
  }

  /** The remaining non-empty lines, consumed. */
  List<Regel> rest() {
    List<Regel> rest = new ArrayList<>();
    while (volgende() != null) {
      rest.add(neem());
    }
    return rest;
  }

  /** Whether an empty line follows the current position anywhere (T3 pages have none). */
  boolean heeftLegeRegelsNa(int regelNummer) {
    return regels.stream()
        .anyMatch(r -> r.nummer() > regelNummer && r.leeg() && r.nummer() < regels.size());
  }

  /**
   * Blocks of consecutive non-empty lines, up to the next heading (by {@code isKop}) or the end.
   */
  List<List<Regel>> blokkenTot(Predicate<Regel> isKop) {
    List<List<Regel>> blokken = new ArrayList<>();
    List<Regel> blok = new ArrayList<>();
    while (positie < regels.size()) {
      Regel regel = regels.get(positie);
      if (regel.leeg()) {
        if (!blok.isEmpty()) {
          blokken.add(blok);
          blok = new ArrayList<>();
        }
      } else if (isKop.test(regel)) {
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

  static String zonderGlossarium(String line) {
    String result = line;
    for (String uitleg : GLOSSARIUM) {
      if (result.contains(uitleg)) {
        result = result.replace(" " + uitleg, "").replace(uitleg, "");
      }
    }
    return result;
  }
}
