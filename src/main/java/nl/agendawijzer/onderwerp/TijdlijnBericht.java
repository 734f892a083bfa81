package nl.agendawijzer.onderwerp;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.ListIndexBase;

/**
 * An entry of an onderwerp's history ("12 oktober 2023 - Plenair, besluit."): the meeting it was at
 * and the voorstellen decided there, in the order the page lists them.
 */
@Entity
public class TijdlijnBericht {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "raadsnummer")
  private String onderwerp;

  private int volgnummer;
  private LocalDate datum;

  /** The date as printed ("12 oktober 2023"). */
  private String datumTekst;

  /** The meeting text as printed ("Plenair, besluit."). */
  private String tekst;

  @Column(name = "vergadering_id")
  private String vergadering;

  @ElementCollection
  @CollectionTable(name = "tijdlijn_voorstel", joinColumns = @JoinColumn(name = "bericht_id"))
  @OrderColumn(name = "volgnummer")
  @ListIndexBase(1)
  @Column(name = "voorstel_nummer")
  private List<String> voorstellen = new ArrayList<>();

  protected TijdlijnBericht() {}

  public static TijdlijnBericht nieuw(
      String onderwerp,
      int volgnummer,
      LocalDate datum,
      String datumTekst,
      String tekst,
      String vergadering,
      List<String> voorstellen) {
    TijdlijnBericht b = new TijdlijnBericht();
    b.onderwerp = onderwerp;
    b.volgnummer = volgnummer;
    b.datum = datum;
    b.datumTekst = datumTekst;
    b.tekst = tekst;
    b.vergadering = vergadering;
    b.voorstellen = new ArrayList<>(voorstellen);
    return b;
  }

  public LocalDate datum() {
    return datum;
  }

  public String datumTekst() {
    return datumTekst;
  }

  public String tekst() {
    return tekst;
  }

  public String vergadering() {
    return vergadering;
  }

  public List<String> voorstellen() {
    return voorstellen;
  }
}
