package nl.agendawijzer.onderwerp;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import nl.agendawijzer.api.Link;
import nl.agendawijzer.api.Links;

/** An onderwerp in a list: its own fields, without the parts the detail embeds. */
public record OnderwerpSamenvatting(
    String raadsnummer,
    String titel,
    OnderwerpStatus status,
    String statusTekst,
    LocalDate geschrevenOp,
    LocalDate laatstBewerktOp,
    int versie,
    Instant gewijzigdOp,
    @JsonProperty("_links") SelfLinks links) {

  public record SelfLinks(Link self) {}

  static OnderwerpSamenvatting of(Onderwerp o, Links links) {
    return new OnderwerpSamenvatting(
        o.raadsnummer(),
        o.titel(),
        o.status(),
        o.statusTekst(),
        o.geschrevenOp(),
        o.laatstBewerktOp(),
        o.versie(),
        o.gewijzigdOp(),
        new SelfLinks(links.to("onderwerpen", o.raadsnummer())));
  }
}
