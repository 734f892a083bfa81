package nl.agendawijzer.vergadering;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import nl.agendawijzer.api.Link;
import nl.agendawijzer.api.Links;
import nl.agendawijzer.api.VersionedRepresentation;
import nl.agendawijzer.versies.HerkomstView;

public record VergaderingView(
    String id,
    LocalDate datum,
    VergaderingSoort soort,
    String omschrijving,
    HerkomstView herkomst,
    int versie,
    Instant gewijzigdOp,
    @JsonProperty("_links") SelfLinks links)
    implements VersionedRepresentation {

  public record SelfLinks(Link self) {}

  static VergaderingView of(Vergadering v, Links links) {
    return new VergaderingView(
        v.id(),
        v.datum(),
        v.soort(),
        v.omschrijving(),
        HerkomstView.of(v.herkomst()),
        v.versie(),
        v.gewijzigdOp(),
        new SelfLinks(links.to("vergaderingen", v.id())));
  }
}
