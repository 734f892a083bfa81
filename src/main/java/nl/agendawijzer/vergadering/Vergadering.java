package nl.agendawijzer.vergadering;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import nl.agendawijzer.versies.Herkomst;
import nl.agendawijzer.versies.Versioned;

/**
 * A meeting of the council. Its id is natural ({@code 2023-10-12-plenair}), so loading the same
 * pages into a fresh database yields the same URLs.
 */
@Entity
public class Vergadering extends Versioned {

  @Id private String id;

  private LocalDate datum;

  @Enumerated(EnumType.STRING)
  private VergaderingSoort soort;

  /** The text the page used for it, verbatim ("Plenair, besluit."). */
  private String omschrijving;

  /** Where the import that last changed it found it; null for resources made through the API. */
  @Embedded private Herkomst herkomst;

  public Herkomst herkomst() {
    return herkomst;
  }

  /** Records the import that changed this resource (ADR 0009). */
  public void herkomst(Herkomst herkomst) {
    this.herkomst = herkomst;
  }

  protected Vergadering() {}

  public static Vergadering nieuw(
      LocalDate datum, VergaderingSoort soort, String omschrijving, Instant now) {
    Vergadering v = new Vergadering();
    v.id = idVoor(datum, soort);
    v.datum = datum;
    v.soort = soort;
    v.omschrijving = omschrijving;
    v.firstVersion(now);
    return v;
  }

  /** True when the text changed. Date and kind make the id, so they do not change. */
  public boolean wijzigOmschrijving(String nieuw) {
    boolean anders = !Objects.equals(omschrijving, nieuw);
    omschrijving = nieuw;
    return anders;
  }

  public static String idVoor(LocalDate datum, VergaderingSoort soort) {
    return datum + "-" + soort.name().toLowerCase(Locale.ROOT);
  }

  public String id() {
    return id;
  }

  public LocalDate datum() {
    return datum;
  }

  public VergaderingSoort soort() {
    return soort;
  }

  public String omschrijving() {
    return omschrijving;
  }
}
