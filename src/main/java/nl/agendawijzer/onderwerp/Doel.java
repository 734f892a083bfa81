package nl.agendawijzer.onderwerp;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import nl.agendawijzer.versies.Versioned;

/** One of the goals an onderwerp lists, in the page's order. */
@Entity
public class Doel extends Versioned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "raadsnummer")
  private String onderwerp;

  private int volgnummer;
  private String tekst;

  protected Doel() {}

  public static Doel nieuw(String onderwerp, int volgnummer, String tekst, Instant now) {
    Doel d = new Doel();
    d.onderwerp = onderwerp;
    d.volgnummer = volgnummer;
    d.tekst = tekst;
    d.firstVersion(now);
    return d;
  }

  /** True when the text changed; the doel then gets a new version. */
  public boolean wijzig(String nieuweTekst, Instant now) {
    if (tekst.equals(nieuweTekst)) {
      return false;
    }
    tekst = nieuweTekst;
    changed(now);
    return true;
  }

  public int volgnummer() {
    return volgnummer;
  }

  public String tekst() {
    return tekst;
  }
}
