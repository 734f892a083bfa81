package nl.agendawijzer.vergadering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
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
public class VergaderingService implements Weergave {

  @Inject VergaderingRepository vergaderingen;
  @Inject Revisies revisies;
  @Inject Links links;

  @Transactional
  public CollectionBody lijst(QueryParameters params) {
    PageRequest<Vergadering> page = PageRequest.read(params, VergaderingRepository.SORT);
    var soort = params.enumValue("soort", VergaderingSoort.class);
    var periode = params.period();
    var gewijzigdSinds = params.instant("gewijzigdSinds");
    params.validate();
    var vervolg = revisies.vervolg(params);

    Filter filter =
        new Filter()
            .with(
                Revisies.gewijzigdSinds(ResourceType.VERGADERING, "v.id"), "sinds", gewijzigdSinds)
            .with("v.soort = :soort", "soort", soort)
            .with("v.datum >= :vanaf", "vanaf", periode.from())
            .with("v.datum <= :tot", "tot", periode.to());
    var result = KeysetQuery.page(vergaderingen, "from Vergadering v", filter, page);
    return CollectionBody.of(
            links,
            "vergaderingen",
            result.map(rows -> rows.stream().map(v -> VergaderingView.of(v, links)).toList()))
        .metVervolg(vervolg);
  }

  /** The vergadering now or, with a peilmoment, the version that was current then. */
  public Object vergadering(String id, Optional<Instant> peilmoment) {
    return revisies.huidigOfOp(ResourceType.VERGADERING, id, peilmoment);
  }

  @Override
  public ResourceType type() {
    return ResourceType.VERGADERING;
  }

  @Override
  @Transactional
  public Optional<VergaderingView> weergave(String id, Links links) {
    return vergaderingen.findByIdOptional(id).map(v -> VergaderingView.of(v, links));
  }

  @Override
  @Transactional
  public boolean bestaat(String id) {
    return vergaderingen.findByIdOptional(id).isPresent();
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean houdVast(String id) {
    return vergaderingen.findByIdOptional(id, LockModeType.PESSIMISTIC_READ).isPresent();
  }

  @Override
  @Transactional
  public List<String> ids() {
    return vergaderingen.ids();
  }
}
