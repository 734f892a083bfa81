package nl.agendawijzer.voorstel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
public class StemmingService {

  @Inject StemmingRepository stemmingen;
  @Inject RaadService raad;
  @Inject Links links;

  @Transactional
  public CollectionBody lijst(QueryParameters params) {
    PageRequest<Stemming> page = PageRequest.read(params, StemmingRepository.SORT);
    var uitslag = params.enumValue("uitslag", Uitslag.class);
    var voorstel = params.text("voorstel");
    var periode = params.period();
    params.validate();

    Filter filter =
        new Filter()
            .with("s.uitslag = :uitslag", "uitslag", uitslag)
            .with("s.voorstel = :voorstel", "voorstel", voorstel)
            .with("s.datum >= :vanaf", "vanaf", periode.from())
            .with("s.datum <= :tot", "tot", periode.to());
    var result = KeysetQuery.page(stemmingen, "from Stemming s", filter, page);
    Zetelkalender zetels = raad.zetelkalender();
    return CollectionBody.of(
        links,
        "stemmingen",
        result.map(rows -> rows.stream().map(s -> StemmingView.of(s, zetels, links)).toList()));
  }

  @Transactional
  public StemmingView stemming(String id) {
    Stemming stemming =
        stemmingen.findByIdOptional(id).orElseThrow(() -> new NotFoundProblem("Stemming", id));
    return StemmingView.of(stemming, raad.zetelkalender(), links);
  }
}
