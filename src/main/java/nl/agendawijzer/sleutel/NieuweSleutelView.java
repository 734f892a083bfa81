package nl.agendawijzer.sleutel;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import nl.agendawijzer.api.Links;

/** A key just made: the only response that ever carries the key itself. */
public record NieuweSleutelView(
    String id,
    String naam,
    Rol rol,
    String sleutel,
    Instant aangemaaktOp,
    @JsonProperty("_links") SleutelView.SelfLinks links) {

  static NieuweSleutelView of(Sleutel s, String sleutel, Links links) {
    return new NieuweSleutelView(
        s.id(),
        s.naam(),
        s.rol(),
        sleutel,
        s.aangemaaktOp(),
        new SleutelView.SelfLinks(links.to("sleutels", s.id())));
  }
}
