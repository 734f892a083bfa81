package nl.agendawijzer.onderwerp;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.agendawijzer.api.BodyValidation;
import nl.agendawijzer.api.Link;
import nl.agendawijzer.api.Links;
import nl.agendawijzer.api.Nummers;
import nl.agendawijzer.api.VersionedRepresentation;
import nl.agendawijzer.document.DocumentView;
import nl.agendawijzer.versies.HerkomstView;

/** An onderwerp with its doelen, documenten and tijdlijn embedded: the reference page as JSON. */
public record OnderwerpView(
    String raadsnummer,
    List<Nummer> nummers,
    String titel,
    OnderwerpStatus status,
    String statusTekst,
    LocalDate geschrevenOp,
    LocalDate laatstBewerktOp,
    Afbeelding afbeelding,
    String inleiding,
    List<Sectie> secties,
    List<DoelView> doelen,
    List<DocumentView> documenten,
    List<TijdlijnView> tijdlijn,
    HerkomstView herkomst,
    int versie,
    Instant gewijzigdOp,
    @JsonProperty("_links") OnderwerpLinks links)
    implements VersionedRepresentation {

  /** Also part of the write body, hence the limit of the column it is stored in. */
  public record Afbeelding(@Size(max = BodyValidation.MAX_TEKST) String alt) {}

  /** A number of the topic as printed (upper case) and its scheme. */
  public record Nummer(String nummer, String schema) {}

  /** The page's numbers; a topic without stored numbers has its key, unless that is no number. */
  private static List<Nummer> nummers(Onderwerp o) {
    if (o.nummers().isEmpty()) {
      String schema = Nummers.schema(o.raadsnummer());
      return "OVERIG".equals(schema) ? List.of() : List.of(new Nummer(o.raadsnummer(), schema));
    }
    return o.nummers().stream().map(n -> new Nummer(n.nummer(), n.schema())).toList();
  }

  public record TijdlijnView(
      LocalDate datum,
      String datumTekst,
      String tekst,
      String vergadering,
      List<String> voorstellen) {

    static TijdlijnView of(TijdlijnBericht b) {
      return new TijdlijnView(
          b.datum(), b.datumTekst(), b.tekst(), b.vergadering(), List.copyOf(b.voorstellen()));
    }
  }

  public record OnderwerpLinks(Link self, Link doelen, Link documenten, Link voorstellen) {}

  static OnderwerpView of(
      Onderwerp o,
      List<Doel> doelen,
      List<DocumentView> documenten,
      List<TijdlijnBericht> tijdlijn,
      Links links) {
    String nr = o.raadsnummer();
    return new OnderwerpView(
        nr,
        nummers(o),
        o.titel(),
        o.status(),
        o.statusTekst(),
        o.geschrevenOp(),
        o.laatstBewerktOp(),
        o.afbeeldingAlt() == null ? null : new Afbeelding(o.afbeeldingAlt()),
        o.inleiding(),
        List.copyOf(o.secties()),
        doelen.stream().map(DoelView::of).toList(),
        documenten,
        tijdlijn.stream().map(TijdlijnView::of).toList(),
        HerkomstView.of(o.herkomst()),
        o.versie(),
        o.gewijzigdOp(),
        new OnderwerpLinks(
            links.to("onderwerpen", nr),
            links.to("onderwerpen", nr, "doelen"),
            links.to("onderwerpen", nr, "documenten"),
            links.to("onderwerpen", nr, "voorstellen")));
  }
}
