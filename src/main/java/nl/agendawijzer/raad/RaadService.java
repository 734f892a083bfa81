package nl.agendawijzer.raad;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import nl.agendawijzer.api.Links;
import nl.agendawijzer.api.NotFoundProblem;

@ApplicationScoped
public class RaadService {

  @Inject RaadRepository raden;
  @Inject FractieRepository fracties;
  @Inject Links links;
  @Inject TransactionSynchronizationRegistry transacties;

  /**
   * What this transaction knows of the seats, kept with the transaction: whether it holds them
   * shared ({@link #houdZetelsVast}) and, while it does, the calendar it read. Held, the seats
   * cannot change before the transaction ends, so an import that checks hundreds of votes reads
   * them and takes the lock once instead of once per vote (issue 11, part e). A transaction that
   * changes seats ({@link #vergrendelZetels}) keeps nothing: it must read what it wrote.
   */
  private static final class Vastgehouden {
    boolean schrijft;
    Zetelkalender kalender;
  }

  private static final Object VASTGEHOUDEN = Vastgehouden.class;

  @Transactional
  public RaadView raad() {
    return RaadView.of(almere(), links);
  }

  /** The seats of the council and its factions through time, read once for a whole list. */
  @Transactional
  public Zetelkalender zetelkalender() {
    Vastgehouden vastgehouden = vastgehouden();
    if (vastgehouden != null && !vastgehouden.schrijft) {
      if (vastgehouden.kalender == null) {
        vastgehouden.kalender = leesZetelkalender();
      }
      return vastgehouden.kalender;
    }
    return leesZetelkalender();
  }

  private Zetelkalender leesZetelkalender() {
    // Read by query, not from a Raad already loaded: after a lock the seats must be the newest.
    return new Zetelkalender(raden.termijnen(), fracties.termijnen());
  }

  private Vastgehouden vastgehouden() {
    return transacties.getTransactionStatus() == Status.STATUS_ACTIVE
        ? (Vastgehouden) transacties.getResource(VASTGEHOUDEN)
        : null;
  }

  /**
   * Holds the council row shared until the transaction ends, for a write that stores vote checks:
   * no seat change ({@link #vergrendelZetels}) commits between this call and the end of the write,
   * and one that committed before it is seen by every read after it. Writes of checks do not wait
   * for each other (on PostgreSQL). Call it before reading what the write changes. See
   * docs/adr/0016.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void houdZetelsVast() {
    if (vastgehouden() != null) {
      return;
    }
    vergrendel(LockModeType.PESSIMISTIC_READ);
    transacties.putResource(VASTGEHOUDEN, new Vastgehouden());
  }

  /** The seats for a write that stores vote checks, held as {@link #houdZetelsVast} holds them. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Zetelkalender zetelkalenderVoorControle() {
    houdZetelsVast();
    return zetelkalender();
  }

  /**
   * Holds the council row exclusively until the transaction ends: a change of seats waits for the
   * running writes of vote checks, and they for it, so the checks it recomputes are from the newest
   * stemmingen and every check stored later uses its seats. Call it before reading.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Raad vergrendelZetels() {
    Raad raad = vergrendel(LockModeType.PESSIMISTIC_WRITE);
    Vastgehouden vastgehouden = new Vastgehouden();
    vastgehouden.schrijft = true;
    transacties.putResource(VASTGEHOUDEN, vastgehouden);
    return raad;
  }

  private Raad vergrendel(LockModeType lock) {
    return raden
        .find("id", RaadRepository.ALMERE)
        .withLock(lock)
        .firstResultOptional()
        .orElseThrow(() -> new NotFoundProblem("Raad", RaadRepository.ALMERE));
  }

  private Raad almere() {
    return raden
        .findByIdOptional(RaadRepository.ALMERE)
        .orElseThrow(() -> new NotFoundProblem("Raad", RaadRepository.ALMERE));
  }
}
