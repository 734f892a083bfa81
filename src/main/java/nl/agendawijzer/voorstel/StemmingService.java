package nl.agendawijzer.voorstel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.agendawijzer.api.CollectionBody;
import nl.agendawijzer.api.Links;
import nl.agendawijzer.api.QueryParameters;
import nl.agendawijzer.api.VersionedRepresentation;
import nl.agendawijzer.api.paging.Filter;
import nl.agendawijzer.api.paging.KeysetQuery;
import nl.agendawijzer.api.paging.PageRequest;
import nl.agendawijzer.opslag.Startcontrole;
import nl.agendawijzer.raad.RaadService;
import nl.agendawijzer.raad.Zetelkalender;
import nl.agendawijzer.versies.HuidigeVersies;
import nl.agendawijzer.versies.ResourceType;
import nl.agendawijzer.versies.Revisies;
import nl.agendawijzer.versies.Weergave;

@ApplicationScoped
public class StemmingService implements Weergave {

  @Inject StemmingRepository stemmingen;
  @Inject RaadService raad;
  @Inject HuidigeVersies huidigeVersies;
  @Inject Revisies revisies;
  @Inject Links links;
  @Inject Startcontrole startcontrole;

  @Transactional
  public CollectionBody lijst(QueryParameters params) {
    PageRequest<Stemming> page = PageRequest.read(params, StemmingRepository.SORT);
    var uitslag = params.enumValue("uitslag", Uitslag.class);
    var voorstel = params.text("voorstel");
    var periode = params.period();
    var gewijzigdSinds = params.instant("gewijzigdSinds");
    var controle = params.enumValue("controle", Controle.Status.class);
    params.validate();
    var vervolg = revisies.vervolg(params);

    Filter filter =
        new Filter()
            .with(Revisies.gewijzigdSinds(ResourceType.STEMMING, "s.id"), "sinds", gewijzigdSinds)
            .with("s.uitslag = :uitslag", "uitslag", uitslag)
            .with("s.controleStatus = :controle", "controle", controle)
            .with("s.voorstel = :voorstel", "voorstel", voorstel)
            .with("s.datum >= :vanaf", "vanaf", periode.from())
            .with("s.datum <= :tot", "tot", periode.to());
    var result = KeysetQuery.page(stemmingen, "from Stemming s", filter, page);
    Zetelkalender zetels = raad.zetelkalender();
    return CollectionBody.of(
            links,
            "stemmingen",
            result.map(rows -> rows.stream().map(s -> StemmingView.of(s, zetels, links)).toList()))
        .metVervolg(vervolg);
  }

  /** The stemming now or, with a peilmoment, the version that was current then. */
  public Object stemming(String id, Optional<Instant> peilmoment) {
    return revisies.huidigOfOp(ResourceType.STEMMING, id, peilmoment);
  }

  /** Stores the check of every stemming that has none yet; a start after V7 does this once. */
  @Transactional
  public int controlesAanvullen() {
    startcontrole.houdStartwerkVast();
    Zetelkalender kalender = raad.zetelkalenderVoorControle();
    List<Stemming> zonder = stemmingen.zonderControle();
    zonder.forEach(s -> ControleOpslag.vastleggen(s, kalender));
    if (!zonder.isEmpty()) {
      // The list filter on controle changes; the representation showed the check already.
      huidigeVersies.gewijzigdZonderVersie();
    }
    return zonder.size();
  }

  @Override
  public ResourceType type() {
    return ResourceType.STEMMING;
  }

  /**
   * The representation that is stored as a version, after every write: the check is recomputed and
   * stored first, so the version, the list filter and the detail agree. Whatever wrote the stemming
   * (the API, the importer), its check is current once its version is recorded.
   */
  @Override
  @Transactional
  public Optional<StemmingView> weergave(String id, Links links) {
    Zetelkalender kalender = raad.zetelkalenderVoorControle();
    return stemmingen
        .findByIdOptional(id)
        .map(
            s -> {
              ControleOpslag.vastleggen(s, kalender);
              return StemmingView.of(s, kalender, links);
            });
  }

  /** {@link #weergave} of many: the seats read once, the stemmingen in a few queries. */
  @Override
  @Transactional
  public Map<String, VersionedRepresentation> weergaven(Collection<String> ids, Links links) {
    Zetelkalender kalender = raad.zetelkalenderVoorControle();
    return stemmingen.metIds(ids).stream()
        .collect(
            Collectors.toMap(
                Stemming::id,
                s -> {
                  ControleOpslag.vastleggen(s, kalender);
                  return StemmingView.of(s, kalender, links);
                }));
  }

  @Override
  @Transactional
  public boolean bestaat(String id) {
    return stemmingen.findByIdOptional(id).isPresent();
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean houdVast(String id) {
    return stemmingen.findByIdOptional(id, LockModeType.PESSIMISTIC_READ).isPresent();
  }

  @Override
  @Transactional
  public List<String> ids() {
    return stemmingen.ids();
  }
}
