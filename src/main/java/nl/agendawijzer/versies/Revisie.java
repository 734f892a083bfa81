package nl.agendawijzer.versies;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * One version of one resource, as it was served; an entry of the change feed. Immutable: its place
 * in the feed ({@code volgnummer}, {@code vastgelegdOp}) is set by SQL at commit ({@link
 * FeedPosities}), which Hibernate must never overwrite with the provisional values it holds.
 */
@Entity
@Immutable
public class Revisie {

  /** Negative (provisional) until its transaction commits; then its place in commit order. */
  @Id private Long volgnummer;

  @Enumerated(EnumType.STRING)
  private ResourceType type;

  private String sleutel;
  private int versie;

  @Enumerated(EnumType.STRING)
  private Wijziging soort;

  private String auteur;
  private Instant gewijzigdOp;

  /** When its transaction committed: strictly increasing with volgnummer. */
  private Instant vastgelegdOp;

  /** The representation as JSON with relative links; null for a deletion. */
  private String inhoud;

  protected Revisie() {}

  static Revisie nieuw(
      long voorlopig,
      ResourceType type,
      String sleutel,
      int versie,
      Wijziging soort,
      String auteur,
      Instant gewijzigdOp,
      String inhoud) {
    Revisie r = new Revisie();
    r.volgnummer = voorlopig;
    r.type = type;
    r.sleutel = sleutel;
    r.versie = versie;
    r.soort = soort;
    r.auteur = auteur;
    r.gewijzigdOp = gewijzigdOp;
    r.vastgelegdOp = gewijzigdOp;
    r.inhoud = inhoud;
    return r;
  }

  public Long volgnummer() {
    return volgnummer;
  }

  public ResourceType type() {
    return type;
  }

  public String sleutel() {
    return sleutel;
  }

  public int versie() {
    return versie;
  }

  public Wijziging soort() {
    return soort;
  }

  public String auteur() {
    return auteur;
  }

  public Instant gewijzigdOp() {
    return gewijzigdOp;
  }

  public Instant vastgelegdOp() {
    return vastgelegdOp;
  }

  public String inhoud() {
    return inhoud;
  }
}
