package nl.agendawijzer.raad;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import java.util.Objects;

/** A council term (e.g. 2022-2026) and its number of seats. {@code tot} is null while it runs. */
@Entity
public class Raadsperiode {

  @Id private String periode;

  @ManyToOne
  @JoinColumn(name = "raad_id")
  private Raad raad;

  private LocalDate van;
  private LocalDate tot;
  private int zetels;

  protected Raadsperiode() {}

  static Raadsperiode nieuw(Raad raad, String periode, LocalDate van, LocalDate tot, int zetels) {
    Raadsperiode p = new Raadsperiode();
    p.raad = raad;
    p.periode = periode;
    p.wijzig(van, tot, zetels);
    return p;
  }

  /** Replaces dates and seats; true when any differs. */
  boolean wijzig(LocalDate van, LocalDate tot, int zetels) {
    boolean anders =
        !van.equals(this.van) || !Objects.equals(tot, this.tot) || zetels != this.zetels;
    this.van = van;
    this.tot = tot;
    this.zetels = zetels;
    return anders;
  }

  public String periode() {
    return periode;
  }

  public LocalDate van() {
    return van;
  }

  public LocalDate tot() {
    return tot;
  }

  public int zetels() {
    return zetels;
  }
}
