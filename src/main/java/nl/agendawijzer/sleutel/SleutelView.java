package nl.agendawijzer.sleutel;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import nl.agendawijzer.api.Link;
import nl.agendawijzer.api.Links;

/** A key as listed: never the key itself. */
public record SleutelView(
    String id,
    String naam,
    Rol rol,
    Instant aangemaaktOp,
    Instant ingetrokkenOp,
    @JsonProperty("_links") SelfLinks links) {

  public record SelfLinks(Link self) {}

  static SleutelView of(Sleutel s, Links links) {
    return new SleutelView(
        s.id(),
        s.naam(),
        s.rol(),
        s.aangemaaktOp(),
        s.ingetrokkenOp(),
        new SelfLinks(links.to("sleutels", s.id())));
  }
}
