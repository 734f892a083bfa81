package nl.agendawijzer.voorstel;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * How one faction voted on a stemming. {@code voor} and {@code tegen} are only there when the
 * source gives the faction's numbers; the check derives them from the faction's seats otherwise.
 */
@Embeddable
public class FractieUitslag {

  @Column(name = "fractie_id")
  private String fractie;

  @Enumerated(EnumType.STRING)
  private Keuze keuze;

  private Integer voor;
  private Integer tegen;

  protected FractieUitslag() {}

  public FractieUitslag(String fractie, Keuze keuze, Integer voor, Integer tegen) {
    this.fractie = fractie;
    this.keuze = keuze;
    this.voor = voor;
    this.tegen = tegen;
  }

  public String fractie() {
    return fractie;
  }

  public Keuze keuze() {
    return keuze;
  }

  public Integer voor() {
    return voor;
  }

  public Integer tegen() {
    return tegen;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FractieUitslag f
        && Objects.equals(f.fractie, fractie)
        && f.keuze == keuze
        && Objects.equals(f.voor, voor)
        && Objects.equals(f.tegen, tegen);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fractie, keuze, voor, tegen);
  }
}
