package nl.agendawijzer.sleutel;

/**
 * Names the system itself writes changes under (the reference data, the baseline, the folder
 * import). A feature that writes under such a name says so by implementing this; no key may take
 * one of them, so the feed's {@code auteur} never lets a person pass for the system.
 */
public interface Systeemauteurs {

  /** Whether {@code naam} (already trimmed) is, or could be, one of this feature's author names. */
  boolean bezet(String naam);
}
