package nl.agendawijzer.voorstel;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.agendawijzer.api.Link;
import nl.agendawijzer.api.Links;
import nl.agendawijzer.api.VersionedRepresentation;
import nl.agendawijzer.versies.HerkomstView;

/**
 * A voorstel with its votes, oldest first. {@code uitslag} and {@code datum} are those of the last
 * vote (a tie voted on again later ends with the later outcome); null before any vote.
 */
public record VoorstelView(
    String nummer,
    VoorstelSoort soort,
    String soortTekst,
    String titel,
    String onderwerp,
    Uitslag uitslag,
    LocalDate datum,
    List<StemmingView> stemmingen,
    HerkomstView herkomst,
    int versie,
    Instant gewijzigdOp,
    @JsonProperty("_links") VoorstelLinks links)
    implements VersionedRepresentation {

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record VoorstelLinks(Link self, Link onderwerp) {}

  static VoorstelView of(Voorstel v, List<StemmingView> stemmingen, Links links) {
    StemmingView laatste = stemmingen.isEmpty() ? null : stemmingen.get(stemmingen.size() - 1);
    return new VoorstelView(
        v.nummer(),
        v.soort(),
        v.soortTekst(),
        v.titel(),
        v.onderwerp(),
        laatste == null ? null : laatste.uitslag(),
        laatste == null ? null : laatste.datum(),
        stemmingen,
        HerkomstView.of(v.herkomst()),
        v.versie(),
        v.gewijzigdOp(),
        new VoorstelLinks(
            links.to("voorstellen", v.nummer()),
            v.onderwerp() == null ? null : links.to("onderwerpen", v.onderwerp())));
  }
}
