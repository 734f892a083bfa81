package nl.agendawijzer.api;

/**
 * Which presented keys exempt a read from the {@link Leeslimiet}: a valid editor key, judged from a
 * list kept in memory, so the check costs no database read per request. Implemented by the key
 * feature, which this package does not know.
 */
public interface Sleutelvrijstelling {

  /** Whether the key is a valid editor key by a reading that is not stale; never blocks. */
  boolean vrijgesteld(String sleutel);

  /** Whether the keys in memory are stale or were never read. */
  boolean verouderd();

  /**
   * Reads the valid keys again unless another call just did; blocks, so only on a worker. A read
   * that fails keeps the last list for another interval.
   */
  void ververs();
}
