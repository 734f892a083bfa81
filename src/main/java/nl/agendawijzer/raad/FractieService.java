package nl.agendawijzer.raad;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.agendawijzer.api.CollectionBody;
import nl.agendawijzer.api.Links;
import nl.agendawijzer.api.QueryParameters;
import nl.agendawijzer.api.paging.Filter;
import nl.agendawijzer.api.paging.KeysetQuery;
import nl.agendawijzer.api.paging.PageRequest;
import nl.agendawijzer.versies.ResourceType;
import nl.agendawijzer.versies.Revisies;
import nl.agendawijzer.versies.Weergave;

@ApplicationScoped
public class FractieService implements Weergave {

  @Inject FractieRepository fracties;
  @Inject Revisies revisies;
  @Inject Links links;

  @Transactional
  public CollectionBody lijst(QueryParameters params) {
    PageRequest<Fractie> page = PageRequest.read(params, FractieRepository.SORT);
    var gewijzigdSinds = params.instant("gewijzigdSinds");
    var zetelsOp = params.date("zetelsOp");
    params.validate();
    Filter filter =
        new Filter()
            .with("f.gewijzigdOp >= :sinds", "sinds", gewijzigdSinds)
            .with(
                "exists (select 1 from Fractie g join g.zetels z where g = f and z.zetels > 0"
                    + " and z.geldigVanaf <= :op and (z.geldigTot is null or z.geldigTot >= :op))",
                "op",
                zetelsOp);
    var result = KeysetQuery.page(fracties, "from Fractie f", filter, page);
    return CollectionBody.of(
        links,
        "fracties",
        result.map(rows -> rows.stream().map(f -> FractieView.of(f, links)).toList()));
  }

  /** The faction now or, with a peilmoment, the version that was current then. */
  @Transactional
  public Object fractie(String id, Optional<Instant> peilmoment) {
    if (peilmoment.isPresent()) {
      return revisies.op(ResourceType.FRACTIE, id, peilmoment.get());
    }
    return weergave(id, links).orElseThrow(() -> revisies.ontbreekt(ResourceType.FRACTIE, id));
  }

  @Override
  public ResourceType type() {
    return ResourceType.FRACTIE;
  }

  @Override
  @Transactional
  public Optional<FractieView> weergave(String id, Links links) {
    return fracties.findByIdOptional(id).map(f -> FractieView.of(f, links));
  }

  @Override
  @Transactional
  public boolean bestaat(String id) {
    return fracties.findByIdOptional(id).isPresent();
  }

  @Override
  @Transactional
  public List<String> ids() {
    return fracties.ids();
  }
}
