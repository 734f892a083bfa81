package nl.agendawijzer.onderwerp;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
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
import nl.agendawijzer.versies.Versioned;
import org.hibernate.annotations.ListIndexBase;

/** A subject the council handles, as described on its Agendawijzer page; key: raadsnummer. */
@Entity
public class Onderwerp extends Versioned {

  @Id private String raadsnummer;

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

  protected Onderwerp() {}

  public static Onderwerp nieuw(
      String raadsnummer,
      String titel,
      String statusTekst,
      LocalDate geschrevenOp,
      LocalDate laatstBewerktOp,
      String inleiding,
      String afbeeldingAlt,
      List<Sectie> secties,
      Instant now) {
    Onderwerp o = new Onderwerp();
    o.raadsnummer = raadsnummer;
    o.titel = titel;
    o.status = OnderwerpStatus.vanTekst(statusTekst);
    o.statusTekst = statusTekst;
    o.geschrevenOp = geschrevenOp;
    o.laatstBewerktOp = laatstBewerktOp;
    o.inleiding = inleiding;
    o.afbeeldingAlt = afbeeldingAlt;
    o.secties = new ArrayList<>(secties);
    o.firstVersion(now);
    return o;
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
}
