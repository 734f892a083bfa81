package nl.agendawijzer.importeren;

/**
 * Something the parser was unsure of or found contradictory on a page. It is stored with the import
 * and shown in {@code herkomst.waarschuwingen}; the parser never guesses in its place.
 *
 * @param regel the 1-based line of the page it concerns, 0 for the page as a whole
 */
public record Waarschuwing(Code code, int regel, String tekst) {

  /** The kinds of warnings; the contract lists the same values. */
  public enum Code {
    JAAR_AFGELEID,
    DATUM_ONLEESBAAR,
    UITSLAG_ONBEKEND,
    UITSLAG_STRIJDIG_MET_STEMMEN,
    STEMMEN_BOVEN_ZETELS,
    STEMMEN_BOVEN_AANWEZIG,
    KOP_ONBEKEND,
    ONDERWERP_VREEMD,
    GEEN_NUMMER,
    NUMMER_ONBEKEND_SCHEMA,
    NUMMER_TEGENSTRIJDIG,
    URL_ONGELDIG,
    /** A faction line names no known fractie (or more than one); that name is not stored. */
    FRACTIE_ONBEKEND
  }
}
