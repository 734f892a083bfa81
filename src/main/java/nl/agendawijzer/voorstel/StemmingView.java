package nl.agendawijzer.voorstel;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.agendawijzer.api.Link;
import nl.agendawijzer.api.Links;
import nl.agendawijzer.api.VersionedRepresentation;
import nl.agendawijzer.raad.Zetelkalender;
import nl.agendawijzer.versies.HerkomstView;

/**
 * A vote as served, with the council's seats on its date, how each faction voted, and the stored
 * check of its arithmetic, and where the import that last changed it found it.
 */
public record StemmingView(
    String id,
    String voorstel,
    String vergadering,
    LocalDate datum,
    Uitslag uitslag,
    String uitslagTekst,
    Integer voor,
    Integer tegen,
    Integer nietGestemd,
    Integer zetels,
    List<FractieUitslagView> fracties,
    Controle controle,
    HerkomstView herkomst,
    int versie,
    Instant gewijzigdOp,
    @JsonProperty("_links") StemmingLinks links)
    implements VersionedRepresentation {

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record StemmingLinks(Link self, Link voorstel, Link vergadering) {}

  /** How one faction voted, with its seats on the date (null when it had none recorded). */
  public record FractieUitslagView(
      String fractie,
      Integer zetels,
      Keuze keuze,
      Integer voor,
      Integer tegen,
      List<Stem> stemmen) {}

  static List<FractieUitslagView> fracties(Stemming s, Zetelkalender kalender) {
    return s.fracties().stream()
        .map(
            f ->
                new FractieUitslagView(
                    f.fractie(),
                    kalender.fractieZetelsOp(f.fractie(), s.datum()).orElse(null),
                    f.keuze(),
                    f.voor(),
                    f.tegen(),
                    f.stemmen()))
        .toList();
  }

  static StemmingView of(Stemming s, Zetelkalender zetelkalender, Links links) {
    Integer zetels = zetelkalender.zetelsOp(s.datum()).orElse(null);
    return new StemmingView(
        s.id(),
        s.voorstel(),
        s.vergadering(),
        s.datum(),
        s.uitslag(),
        s.uitslagTekst(),
        s.voor(),
        s.tegen(),
        s.nietGestemd(),
        zetels,
        fracties(s, zetelkalender),
        ControleOpslag.gelezen(s, zetelkalender),
        HerkomstView.of(s.herkomst()),
        s.versie(),
        s.gewijzigdOp(),
        new StemmingLinks(
            links.to("stemmingen", s.id()),
            links.to("voorstellen", s.voorstel()),
            s.vergadering() == null ? null : links.to("vergaderingen", s.vergadering())));
  }
}
