package nl.agendawijzer.raad;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import nl.agendawijzer.api.Links;
import nl.agendawijzer.api.NotFoundProblem;

@ApplicationScoped
public class RaadService {

  @Inject RaadRepository raden;
  @Inject FractieRepository fracties;
  @Inject Links links;

  @Transactional
  public RaadView raad() {
    return RaadView.of(almere(), links);
  }

  /** The seats of the council and its factions through time, read once for a whole list. */
  @Transactional
  public Zetelkalender zetelkalender() {
    // Read by query, not from a Raad already loaded: after a lock the seats must be the newest.
    return new Zetelkalender(raden.termijnen(), fracties.termijnen());
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
    vergrendel(LockModeType.PESSIMISTIC_READ);
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
    return vergrendel(LockModeType.PESSIMISTIC_WRITE);
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
