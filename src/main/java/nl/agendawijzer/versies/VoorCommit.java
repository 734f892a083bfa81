package nl.agendawijzer.versies;

/**
 * Fired once, just before a transaction that recorded versions commits and before its versions get
 * their place in the feed: what a listener collected from {@link Vastgelegd} during the transaction
 * (the search index) is written now, in batches, while the feed's lock is not yet taken.
 */
public record VoorCommit() {}
