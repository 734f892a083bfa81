package nl.agendawijzer.versies;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import nl.agendawijzer.api.Link;
import nl.agendawijzer.api.Links;

/** An entry of the change feed. A VERWIJDERD entry is a tombstone: its resource answers 410. */
public record WijzigingView(
    long volgnummer,
    ResourceType type,
    String id,
    int versie,
    Wijziging soort,
    String auteur,
    Instant gewijzigdOp,
    @JsonProperty("_links") WijzigingLinks links) {

  public record WijzigingLinks(Link resource, Link versie) {}

  static WijzigingView of(Revisie r, Links links) {
    return new WijzigingView(
        r.volgnummer(),
        r.type(),
        r.sleutel(),
        r.versie(),
        r.soort(),
        r.auteur(),
        r.gewijzigdOp(),
        new WijzigingLinks(
            links.to(r.type().collection(), r.sleutel()),
            links.to(r.type().collection(), r.sleutel(), "versies", String.valueOf(r.versie()))));
  }
}
