package nl.agendawijzer.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.agendawijzer.api.CollectionBody;
import nl.agendawijzer.api.Links;
import nl.agendawijzer.api.QueryParameters;
import nl.agendawijzer.api.paging.Filter;
import nl.agendawijzer.api.paging.KeysetQuery;
import nl.agendawijzer.api.paging.PageRequest;
import nl.agendawijzer.versies.ResourceType;
import nl.agendawijzer.versies.Revisies;

@ApplicationScoped
public class DocumentService {

  @Inject DocumentRepository documenten;
  @Inject Links links;
  @Inject Revisies revisies;

  @Transactional
  public CollectionBody lijst(QueryParameters params) {
    PageRequest<Document> page = PageRequest.read(params, DocumentRepository.SORT);
    var soort = params.enumValue("soort", DocumentSoort.class);
    var onderwerp = params.text("onderwerp");
    var gewijzigdSinds = params.instant("gewijzigdSinds");
    params.validate();
    var vervolg = revisies.vervolg(params);

    // A document is part of its onderwerp: each change to it makes a version of the onderwerp.
    // Documents without one (from before the write API) never change, so keep their own time.
    Filter filter =
        new Filter()
            .with(
                "("
                    + Revisies.gewijzigdSinds(ResourceType.ONDERWERP, "d.onderwerp")
                    + " or (d.onderwerp is null and d.gewijzigdOp >= :sinds))",
                "sinds",
                gewijzigdSinds)
            .with("d.soort = :soort", "soort", soort)
            .with("d.onderwerp = :onderwerp", "onderwerp", onderwerp);
    var result = KeysetQuery.page(documenten, "from Document d", filter, page);
    return CollectionBody.of(
            links,
            "documenten",
            result.map(rows -> rows.stream().map(d -> DocumentView.of(d, links)).toList()))
        .metVervolg(vervolg);
  }

  /** The documents of one onderwerp, in the order of its page. */
  @Transactional
  public List<DocumentView> vanOnderwerp(String raadsnummer, Links links) {
    return documenten.vanOnderwerp(raadsnummer).stream()
        .map(d -> DocumentView.of(d, links))
        .toList();
  }
}
