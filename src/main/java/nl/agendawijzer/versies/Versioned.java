package nl.agendawijzer.versies;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * What every served resource carries: {@code versie} counts its versions from 1 and {@code
 * gewijzigdOp} is when the current version was made (UTC). The meaning is fixed from the first
 * release; the revision history behind it comes with the write API.
 */
@MappedSuperclass
public abstract class Versioned {

  @Column(name = "versie", nullable = false)
  private int versie;

  @Column(name = "gewijzigd_op", nullable = false)
  private Instant gewijzigdOp;

  /** Marks a resource that is stored for the first time. */
  public void firstVersion(Instant now) {
    this.versie = 1;
    this.gewijzigdOp = now;
  }

  public int versie() {
    return versie;
  }

  public Instant gewijzigdOp() {
    return gewijzigdOp;
  }
}
