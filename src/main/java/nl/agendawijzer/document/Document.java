package nl.agendawijzer.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Objects;
import nl.agendawijzer.versies.Versioned;

/**
 * A document or link of an onderwerp. Its id is the raadsnummer and its place on the page ({@code
 * 23161-1}): natural, so a fresh load yields the same ids.
 */
@Entity
public class Document extends Versioned {

  @Id private String id;

  @Column(name = "raadsnummer")
  private String onderwerp;

  private int volgnummer;

  @Enumerated(EnumType.STRING)
  private DocumentSoort soort;

  private String url;
  private String titel;

  protected Document() {}

  public static Document nieuw(
      String onderwerp, int volgnummer, String url, String titel, Instant now) {
    Document d = new Document();
    d.id = onderwerp + "-" + volgnummer;
    d.onderwerp = onderwerp;
    d.volgnummer = volgnummer;
    d.soort = DocumentSoort.vanUrl(url);
    d.url = url;
    d.titel = titel;
    d.firstVersion(now);
    return d;
  }

  /** True when the link or its title changed; the document then gets a new version. */
  public boolean wijzig(String nieuweUrl, String nieuweTitel, Instant now) {
    if (url.equals(nieuweUrl) && Objects.equals(titel, nieuweTitel)) {
      return false;
    }
    url = nieuweUrl;
    soort = DocumentSoort.vanUrl(nieuweUrl);
    titel = nieuweTitel;
    changed(now);
    return true;
  }

  public String id() {
    return id;
  }

  public String onderwerp() {
    return onderwerp;
  }

  public int volgnummer() {
    return volgnummer;
  }

  public DocumentSoort soort() {
    return soort;
  }

  public String url() {
    return url;
  }

  public String titel() {
    return titel;
  }
}
