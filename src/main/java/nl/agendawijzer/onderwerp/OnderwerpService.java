package nl.agendawijzer.onderwerp;

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
import nl.agendawijzer.document.DocumentService;
import nl.agendawijzer.voorstel.VoorstelService;

@ApplicationScoped
public class OnderwerpService {

  @Inject OnderwerpRepository onderwerpen;
  @Inject DocumentService documenten;
  @Inject VoorstelService voorstellen;
  @Inject Links links;

  @Transactional
  public CollectionBody lijst(QueryParameters params) {
    PageRequest<Onderwerp> page = PageRequest.read(params, OnderwerpRepository.SORT);
    var status = params.enumValue("status", OnderwerpStatus.class);
    params.validate();

    Filter filter = new Filter().with("o.status = :status", "status", status);
    var result = KeysetQuery.page(onderwerpen, "from Onderwerp o", filter, page);
    return CollectionBody.of(
        links,
        "onderwerpen",
        result.map(rows -> rows.stream().map(o -> OnderwerpSamenvatting.of(o, links)).toList()));
  }

  /** The whole onderwerp in four queries, however many parts it has. */
  @Transactional
  public OnderwerpView onderwerp(String raadsnummer) {
    Onderwerp onderwerp =
        onderwerpen
            .metSecties(raadsnummer)
            .orElseThrow(() -> new NotFoundProblem("Onderwerp", raadsnummer));
    return OnderwerpView.of(
        onderwerp,
        onderwerpen.doelen(raadsnummer),
        documenten.vanOnderwerp(raadsnummer),
        onderwerpen.tijdlijn(raadsnummer),
        links);
  }

  @Transactional
  public CollectionBody doelen(String raadsnummer) {
    bestaat(raadsnummer);
    return CollectionBody.of(
        links, "doelen", onderwerpen.doelen(raadsnummer).stream().map(DoelView::of).toList());
  }

  @Transactional
  public CollectionBody documenten(String raadsnummer) {
    bestaat(raadsnummer);
    return CollectionBody.of(links, "documenten", documenten.vanOnderwerp(raadsnummer));
  }

  @Transactional
  public CollectionBody voorstellen(String raadsnummer, QueryParameters params) {
    bestaat(raadsnummer);
    return voorstellen.vanOnderwerp(raadsnummer, params);
  }

  private void bestaat(String raadsnummer) {
    if (onderwerpen.count("raadsnummer", raadsnummer) == 0) {
      throw new NotFoundProblem("Onderwerp", raadsnummer);
    }
  }
}
