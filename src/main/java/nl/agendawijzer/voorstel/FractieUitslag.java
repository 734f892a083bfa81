package nl.agendawijzer.voorstel;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.List;
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

  /*
   * How each member voted, as JSON; null when the source does not name them. Kept as text beside
   * the result: it is only read and written with it, never queried on its own.
   */
  private String stemmen;

  protected FractieUitslag() {}

  public FractieUitslag(
      String fractie, Keuze keuze, Integer voor, Integer tegen, List<Stem> stemmen) {
    this.fractie = fractie;
    this.keuze = keuze;
    this.voor = voor;
    this.tegen = tegen;
    this.stemmen = StemmenJson.naarTekst(stemmen);
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

  public List<Stem> stemmen() {
    return StemmenJson.uitTekst(stemmen);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FractieUitslag f
        && Objects.equals(f.fractie, fractie)
        && f.keuze == keuze
        && Objects.equals(f.voor, voor)
        && Objects.equals(f.tegen, tegen)
        && Objects.equals(f.stemmen, stemmen);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fractie, keuze, voor, tegen, stemmen);
  }
}
