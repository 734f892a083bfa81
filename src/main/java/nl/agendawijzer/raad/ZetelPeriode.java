package nl.agendawijzer.raad;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A faction's seats from {@code geldigVanaf} to {@code geldigTot} (both inclusive; open while it
 * holds). A split or a member who leaves during a term ends one period and starts the next.
 */
@Embeddable
public class ZetelPeriode {

  private int zetels;

  @Column(name = "geldig_vanaf")
  private LocalDate geldigVanaf;

  @Column(name = "geldig_tot")
  private LocalDate geldigTot;

  protected ZetelPeriode() {}

  public ZetelPeriode(int zetels, LocalDate geldigVanaf, LocalDate geldigTot) {
    this.zetels = zetels;
    this.geldigVanaf = geldigVanaf;
    this.geldigTot = geldigTot;
  }

  public int zetels() {
    return zetels;
  }

  public LocalDate geldigVanaf() {
    return geldigVanaf;
  }

  public LocalDate geldigTot() {
    return geldigTot;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ZetelPeriode z
        && z.zetels == zetels
        && z.geldigVanaf.equals(geldigVanaf)
        && Objects.equals(z.geldigTot, geldigTot);
  }

  @Override
  public int hashCode() {
    return Objects.hash(zetels, geldigVanaf, geldigTot);
  }
}
