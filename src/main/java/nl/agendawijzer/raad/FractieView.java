package nl.agendawijzer.raad;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.agendawijzer.api.Link;
import nl.agendawijzer.api.Links;
import nl.agendawijzer.api.VersionedRepresentation;

/** A faction as served, with its seats through time. */
public record FractieView(
    String id,
    String naam,
    String afkorting,
    List<ZetelPeriodeView> zetelperioden,
    int versie,
    Instant gewijzigdOp,
    @JsonProperty("_links") FractieLinks links)
    implements VersionedRepresentation {

  public record ZetelPeriodeView(int zetels, LocalDate geldigVanaf, LocalDate geldigTot) {}

  public record FractieLinks(Link self, Link stemgedrag) {}

  static FractieView of(Fractie f, Links links) {
    return new FractieView(
        f.id(),
        f.naam(),
        f.afkorting(),
        f.zetels().stream()
            .map(z -> new ZetelPeriodeView(z.zetels(), z.geldigVanaf(), z.geldigTot()))
            .toList(),
        f.versie(),
        f.gewijzigdOp(),
        new FractieLinks(links.to("fracties", f.id()), links.to("fracties", f.id(), "stemgedrag")));
  }
}
