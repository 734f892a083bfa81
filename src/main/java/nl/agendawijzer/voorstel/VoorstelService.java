package nl.agendawijzer.voorstel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.agendawijzer.api.CollectionBody;
import nl.agendawijzer.api.Links;
import nl.agendawijzer.api.NotFoundProblem;
import nl.agendawijzer.api.QueryParameters;
import nl.agendawijzer.api.paging.Filter;
import nl.agendawijzer.api.paging.KeysetQuery;
import nl.agendawijzer.api.paging.PageRequest;
import nl.agendawijzer.raad.RaadService;
import nl.agendawijzer.raad.Zetelkalender;

@ApplicationScoped
public class VoorstelService {

  /** Sorts missing dates before every real one, as the paging of stemmingen does. */
  private static final LocalDate GEEN_DATUM = LocalDate.of(1, 1, 1);

  @Inject VoorstelRepository voorstellen;
  @Inject StemmingRepository stemmingen;
  @Inject RaadService raad;
  @Inject Links links;

  /** {@code /voorstellen}: filtered on {@code onderwerp} when the client asks. */
  @Transactional
  public CollectionBody lijst(QueryParameters params) {
    return lijst(params, params.text("onderwerp"));
  }

  /** {@code /onderwerpen/{raadsnummer}/voorstellen}: the onderwerp is part of the path. */
  @Transactional
  public CollectionBody vanOnderwerp(String raadsnummer, QueryParameters params) {
    return lijst(params, Optional.of(raadsnummer));
  }

  @Transactional
  public VoorstelView voorstel(String nummer) {
    Voorstel voorstel =
        voorstellen
            .findByIdOptional(nummer)
            .orElseThrow(() -> new NotFoundProblem("Voorstel", nummer));
    return views(List.of(voorstel)).get(0);
  }

  private CollectionBody lijst(QueryParameters params, Optional<String> onderwerp) {
    PageRequest<Voorstel> page = PageRequest.read(params, VoorstelRepository.SORT);
    var soort = params.enumValue("soort", VoorstelSoort.class);
    var uitslag = params.enumValue("uitslag", Uitslag.class);
    var periode = params.period();
    params.validate();

    Filter filter =
        new Filter()
            .with("v.soort = :soort", "soort", soort)
            .with("v.onderwerp = :onderwerp", "onderwerp", onderwerp);
    if (uitslag.isPresent() || periode.from().isPresent() || periode.to().isPresent()) {
      // uitslag and datum of a voorstel are those of its last stemming.
      List<String> terms = new ArrayList<>(List.of(VoorstelRepository.LAATSTE_STEMMING));
      Map<String, Object> values = new HashMap<>(Map.of("geenDatum", GEEN_DATUM));
      uitslag.ifPresent(u -> add(terms, values, "s.uitslag = :uitslag", "uitslag", u));
      periode.from().ifPresent(d -> add(terms, values, "s.datum >= :vanaf", "vanaf", d));
      periode.to().ifPresent(d -> add(terms, values, "s.datum <= :tot", "tot", d));
      filter.with(
          "exists (select s.id from Stemming s where " + String.join(" and ", terms) + ")", values);
    }
    var result = KeysetQuery.page(voorstellen, "from Voorstel v", filter, page);
    return CollectionBody.of(links, "voorstellen", result.map(this::views));
  }

  /** Views of voorstellen with their stemmingen, fetched in one query for all of them. */
  private List<VoorstelView> views(List<Voorstel> rows) {
    Zetelkalender zetels = raad.zetelkalender();
    Map<String, List<StemmingView>> perVoorstel =
        stemmingen.vanVoorstellen(rows.stream().map(Voorstel::nummer).toList()).stream()
            .map(s -> StemmingView.of(s, zetels, links))
            .collect(Collectors.groupingBy(StemmingView::voorstel));
    return rows.stream()
        .map(v -> VoorstelView.of(v, perVoorstel.getOrDefault(v.nummer(), List.of()), links))
        .toList();
  }

  private static void add(
      List<String> terms, Map<String, Object> values, String term, String name, Object value) {
    terms.add(term);
    values.put(name, value);
  }
}
