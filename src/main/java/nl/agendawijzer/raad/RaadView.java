package nl.agendawijzer.raad;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.agendawijzer.api.Link;
import nl.agendawijzer.api.Links;
import nl.agendawijzer.api.VersionedRepresentation;

/** The council as served at /v1/raad. */
public record RaadView(
    String naam,
    Integer zetels,
    List<PeriodeView> perioden,
    int versie,
    Instant gewijzigdOp,
    @JsonProperty("_links") SelfLinks links)
    implements VersionedRepresentation {

  public record PeriodeView(String periode, LocalDate van, LocalDate tot, int zetels) {}

  public record SelfLinks(Link self) {}

  static RaadView of(Raad raad, Links links) {
    List<PeriodeView> perioden =
        raad.perioden().stream()
            .map(p -> new PeriodeView(p.periode(), p.van(), p.tot(), p.zetels()))
            .toList();
    // The seats now: those of the running term (the one without an end date).
    Integer zetels =
        raad.perioden().stream()
            .filter(p -> p.tot() == null)
            .map(Raadsperiode::zetels)
            .findFirst()
            .orElse(null);
    return new RaadView(
        raad.naam(),
        zetels,
        perioden,
        raad.versie(),
        raad.gewijzigdOp(),
        new SelfLinks(links.to("raad")));
  }
}
