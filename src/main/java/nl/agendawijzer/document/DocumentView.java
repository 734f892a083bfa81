package nl.agendawijzer.document;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import nl.agendawijzer.api.Link;
import nl.agendawijzer.api.Links;

public record DocumentView(
    String id,
    String onderwerp,
    DocumentSoort soort,
    String url,
    String titel,
    int versie,
    Instant gewijzigdOp,
    @JsonProperty("_links") DocumentLinks links) {

  public record DocumentLinks(Link onderwerp) {}

  public static DocumentView of(Document d, Links links) {
    return new DocumentView(
        d.id(),
        d.onderwerp(),
        d.soort(),
        d.url(),
        d.titel(),
        d.versie(),
        d.gewijzigdOp(),
        new DocumentLinks(d.onderwerp() == null ? null : links.to("onderwerpen", d.onderwerp())));
  }
}
