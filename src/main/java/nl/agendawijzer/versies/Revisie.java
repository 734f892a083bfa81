package nl.agendawijzer.versies;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One version of one resource, as it was served; an entry of the change feed. */
@Entity
public class Revisie {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long volgnummer;

  @Enumerated(EnumType.STRING)
  private ResourceType type;

  private String sleutel;
  private int versie;

  @Enumerated(EnumType.STRING)
  private Wijziging soort;

  private String auteur;
  private Instant gewijzigdOp;

  /** The representation as JSON with relative links; null for a deletion. */
  private String inhoud;

  protected Revisie() {}

  static Revisie nieuw(
      ResourceType type,
      String sleutel,
      int versie,
      Wijziging soort,
      String auteur,
      Instant gewijzigdOp,
      String inhoud) {
    Revisie r = new Revisie();
    r.type = type;
    r.sleutel = sleutel;
    r.versie = versie;
    r.soort = soort;
    r.auteur = auteur;
    r.gewijzigdOp = gewijzigdOp;
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

  public String inhoud() {
    return inhoud;
  }
}
