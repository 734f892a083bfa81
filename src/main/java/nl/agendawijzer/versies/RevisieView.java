package nl.agendawijzer.versies;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import nl.agendawijzer.api.Link;
import nl.agendawijzer.api.Links;

/** One version in the list of a resource's versions. */
public record RevisieView(
    int versie,
    Wijziging soort,
    String auteur,
    Instant gewijzigdOp,
    @JsonProperty("_links") SelfLinks links) {

  public record SelfLinks(Link self) {}

  static RevisieView of(Revisie r, Links links) {
    return new RevisieView(
        r.versie(),
        r.soort(),
        r.auteur(),
        r.gewijzigdOp(),
        new SelfLinks(
            links.to(r.type().collection(), r.sleutel(), "versies", String.valueOf(r.versie()))));
  }
}
