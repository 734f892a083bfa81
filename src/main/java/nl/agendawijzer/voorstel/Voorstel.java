package nl.agendawijzer.voorstel;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Objects;
import nl.agendawijzer.versies.Herkomst;
import nl.agendawijzer.versies.Versioned;

/** A raadsvoorstel, motie or amendement, keyed on its number ({@code 23161}, {@code 23161.001}). */
@Entity
public class Voorstel extends Versioned {

  @Id private String nummer;

  @Enumerated(EnumType.STRING)
  private VoorstelSoort soort;

  /** The type word as printed ("Motie vreemd:"), or null when the page gave none. */
  private String soortTekst;

  private String titel;

  /** The raadsnummer of the onderwerp this voorstel was decided under. */
  @Column(name = "raadsnummer")
  private String onderwerp;

  /** Where the import that last changed it found it; null for resources made through the API. */
  @Embedded private Herkomst herkomst;

  public Herkomst herkomst() {
    return herkomst;
  }

  /** Records the import that changed this resource (ADR 0009). */
  public void herkomst(Herkomst herkomst) {
    this.herkomst = herkomst;
  }

  protected Voorstel() {}

  public static Voorstel nieuw(
      String nummer,
      VoorstelSoort soort,
      String soortTekst,
      String titel,
      String onderwerp,
      Instant now) {
    Voorstel v = new Voorstel();
    v.nummer = nummer;
    v.soort = soort;
    v.soortTekst = soortTekst;
    v.titel = titel;
    v.onderwerp = onderwerp;
    v.firstVersion(now);
    return v;
  }

  /** Replaces the editable fields; true when any differs. */
  public boolean wijzig(VoorstelSoort soort, String soortTekst, String titel, String onderwerp) {
    boolean anders =
        this.soort != soort
            || !Objects.equals(this.soortTekst, soortTekst)
            || !Objects.equals(this.titel, titel)
            || !Objects.equals(this.onderwerp, onderwerp);
    this.soort = soort;
    this.soortTekst = soortTekst;
    this.titel = titel;
    this.onderwerp = onderwerp;
    return anders;
  }

  public String nummer() {
    return nummer;
  }

  public VoorstelSoort soort() {
    return soort;
  }

  public String soortTekst() {
    return soortTekst;
  }

  public String titel() {
    return titel;
  }

  public String onderwerp() {
    return onderwerp;
  }
}
