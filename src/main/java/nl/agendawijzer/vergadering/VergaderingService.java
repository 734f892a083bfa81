package nl.agendawijzer.vergadering;

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

@ApplicationScoped
public class VergaderingService {

  @Inject VergaderingRepository vergaderingen;
  @Inject Links links;

  @Transactional
  public CollectionBody lijst(QueryParameters params) {
    PageRequest<Vergadering> page = PageRequest.read(params, VergaderingRepository.SORT);
    var soort = params.enumValue("soort", VergaderingSoort.class);
    var periode = params.period();
    params.validate();

    Filter filter =
        new Filter()
            .with("v.soort = :soort", "soort", soort)
            .with("v.datum >= :vanaf", "vanaf", periode.from())
            .with("v.datum <= :tot", "tot", periode.to());
    var result = KeysetQuery.page(vergaderingen, "from Vergadering v", filter, page);
    return CollectionBody.of(
        links,
        "vergaderingen",
        result.map(rows -> rows.stream().map(v -> VergaderingView.of(v, links)).toList()));
  }

  @Transactional
  public VergaderingView vergadering(String id) {
    return vergaderingen
        .findByIdOptional(id)
        .map(v -> VergaderingView.of(v, links))
        .orElseThrow(() -> new NotFoundProblem("Vergadering", id));
  }
}
