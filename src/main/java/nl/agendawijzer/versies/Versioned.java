package nl.agendawijzer.versies;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * What every served resource carries: {@code versie} counts its versions from 1 and {@code
 * gewijzigdOp} is when the current version was made (UTC). The meaning is fixed from the first
 * release; the revision history behind it comes with the write API.
 */
@MappedSuperclass
public abstract class Versioned {

  /** Also the optimistic lock: an update of a stale version fails instead of overwriting. */
  @Version
  @Column(name = "versie", nullable = false)
  private int versie;

  @Column(name = "gewijzigd_op", nullable = false)
  private Instant gewijzigdOp;

  /** Marks a resource that is stored for the first time. */
  public void firstVersion(Instant now) {
    firstVersion(1, now);
  }

  /** A resource made again after a deletion continues its numbering, so ETags never repeat. */
  public void firstVersion(int versie, Instant now) {
    this.versie = versie;
    this.gewijzigdOp = now;
  }

  /** Records when this change was made; Hibernate raises {@code versie} when it is stored. */
  public void changed(Instant now) {
    this.gewijzigdOp = now;
  }

  public int versie() {
    return versie;
  }

  public Instant gewijzigdOp() {
    return gewijzigdOp;
  }
}
