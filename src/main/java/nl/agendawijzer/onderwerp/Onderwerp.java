package nl.agendawijzer.onderwerp;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import nl.agendawijzer.versies.Herkomst;
import nl.agendawijzer.versies.Versioned;
import org.hibernate.annotations.ListIndexBase;

/** A subject the council handles, as described on its Agendawijzer page; key: raadsnummer. */
@Entity
public class Onderwerp extends Versioned {

  @Id private String raadsnummer;

  /**
   * The raadsnummer in canonical form (upper case, no hyphen: {@code RV88/2021}), kept beside it so
   * an import finds a topic printed in another spelling by an index seek (V16).
   */
  @Column(updatable = false)
  private String canoniek;

  private String titel;

  @Enumerated(EnumType.STRING)
  private OnderwerpStatus status;

  /** The status as printed ("afgerond"); null when the page has no status. */
  private String statusTekst;

  private LocalDate geschrevenOp;
  private LocalDate laatstBewerktOp;
  private String inleiding;

  /** The image's alternative text, verbatim; the image itself is not part of the page text. */
  private String afbeeldingAlt;

  @ElementCollection
  @CollectionTable(name = "onderwerp_sectie", joinColumns = @JoinColumn(name = "raadsnummer"))
  @OrderColumn(name = "volgnummer")
  @ListIndexBase(1)
  private List<Sectie> secties = new ArrayList<>();

  /**
   * Every number the page prints, the key included, in the page's order; empty for a topic made
   * through the API (its key is its only number) and for a page without any number.
   */
  @ElementCollection
  @CollectionTable(name = "onderwerp_nummer", joinColumns = @JoinColumn(name = "raadsnummer"))
  @OrderColumn(name = "volgnummer")
  @ListIndexBase(1)
  private List<OnderwerpNummer> nummers = new ArrayList<>();

  /** Where the import that last changed it found it; null for resources made through the API. */
  @Embedded private Herkomst herkomst;

  public Herkomst herkomst() {
    return herkomst;
  }

  /** Records the import that changed this resource (ADR 0009). */
  public void herkomst(Herkomst herkomst) {
    this.herkomst = herkomst;
  }

  protected Onderwerp() {}

  /** A new onderwerp; without a {@code status} it follows the status text, as on import. */
  public static Onderwerp nieuw(
      String raadsnummer,
      String titel,
      OnderwerpStatus status,
      String statusTekst,
      LocalDate geschrevenOp,
      LocalDate laatstBewerktOp,
      String inleiding,
      String afbeeldingAlt,
      List<Sectie> secties,
      Instant now) {
    Onderwerp o = new Onderwerp();
    o.raadsnummer = raadsnummer;
    o.canoniek = canoniek(raadsnummer);
    o.titel = titel;
    o.status = status != null ? status : OnderwerpStatus.vanTekst(statusTekst);
    o.statusTekst = statusTekst;
    o.geschrevenOp = geschrevenOp;
    o.laatstBewerktOp = laatstBewerktOp;
    o.inleiding = inleiding;
    o.afbeeldingAlt = afbeeldingAlt;
    o.secties = new ArrayList<>(secties);
    o.firstVersion(now);
    return o;
  }

  /**
   * Replaces the onderwerp's own fields; true when any of them differs. A status given by the
   * editor is kept as given; without one it follows the status text, as on import.
   */
  public boolean wijzig(
      String titel,
      OnderwerpStatus status,
      String statusTekst,
      LocalDate geschrevenOp,
      LocalDate laatstBewerktOp,
      String inleiding,
      String afbeeldingAlt,
      List<Sectie> secties) {
    OnderwerpStatus nieuweStatus = status != null ? status : OnderwerpStatus.vanTekst(statusTekst);
    boolean anders =
        !Objects.equals(this.titel, titel)
            || this.status != nieuweStatus
            || !Objects.equals(this.statusTekst, statusTekst)
            || !Objects.equals(this.geschrevenOp, geschrevenOp)
            || !Objects.equals(this.laatstBewerktOp, laatstBewerktOp)
            || !Objects.equals(this.inleiding, inleiding)
            || !Objects.equals(this.afbeeldingAlt, afbeeldingAlt)
            || !this.secties.equals(secties);
    if (anders) {
      this.titel = titel;
      this.status = nieuweStatus;
      this.statusTekst = statusTekst;
      this.geschrevenOp = geschrevenOp;
      this.laatstBewerktOp = laatstBewerktOp;
      this.inleiding = inleiding;
      this.afbeeldingAlt = afbeeldingAlt;
      if (!this.secties.equals(secties)) {
        this.secties.clear();
        this.secties.addAll(secties);
      }
    }
    return anders;
  }

  /** As the database computed it before V16: {@code replace(upper(raadsnummer), '-', '')}. */
  static String canoniek(String raadsnummer) {
    return raadsnummer.toUpperCase(Locale.ROOT).replace("-", "");
  }

  public String raadsnummer() {
    return raadsnummer;
  }

  public String titel() {
    return titel;
  }

  public OnderwerpStatus status() {
    return status;
  }

  public String statusTekst() {
    return statusTekst;
  }

  public LocalDate geschrevenOp() {
    return geschrevenOp;
  }

  public LocalDate laatstBewerktOp() {
    return laatstBewerktOp;
  }

  public String inleiding() {
    return inleiding;
  }

  public String afbeeldingAlt() {
    return afbeeldingAlt;
  }

  public List<Sectie> secties() {
    return secties;
  }

  public List<OnderwerpNummer> nummers() {
    return nummers;
  }

  /** Replaces the numbers the page prints; true when they differ. */
  public boolean nummers(List<OnderwerpNummer> nummers) {
    if (this.nummers.equals(nummers)) {
      return false;
    }
    this.nummers.clear();
    this.nummers.addAll(nummers);
    return true;
  }
}
