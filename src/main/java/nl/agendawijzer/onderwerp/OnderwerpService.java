package nl.agendawijzer.onderwerp;

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
import nl.agendawijzer.document.DocumentService;
import nl.agendawijzer.versies.ResourceType;
import nl.agendawijzer.versies.Revisies;
import nl.agendawijzer.versies.Weergave;
import nl.agendawijzer.voorstel.VoorstelService;
import nl.agendawijzer.zoeken.Zoeken;

@ApplicationScoped
public class OnderwerpService implements Weergave {

  @Inject OnderwerpRepository onderwerpen;
  @Inject DocumentService documenten;
  @Inject VoorstelService voorstellen;
  @Inject Revisies revisies;
  @Inject Links links;
  @Inject Zoeken zoeken;

  /** The onderwerpen with these raadsnummers, in the order given (the search's ranking). */
  private List<Onderwerp> inVolgorde(List<String> raadsnummers) {
    java.util.Map<String, Onderwerp> perNummer =
        onderwerpen.list("raadsnummer in ?1", raadsnummers).stream()
            .collect(java.util.stream.Collectors.toMap(Onderwerp::raadsnummer, o -> o));
    return raadsnummers.stream().map(perNummer::get).filter(java.util.Objects::nonNull).toList();
  }

  @Transactional
  public CollectionBody lijst(QueryParameters params) {
    var vervolg = revisies.vervolg(params);
    var gevonden =
        zoeken.zoek(
            ResourceType.ONDERWERP,
            params,
            new Zoeken.Bron("onderwerp", "raadsnummer"),
            p -> {
              var filters = new java.util.ArrayList<Zoeken.Zoekfilter>();
              filters.addAll(
                  Zoeken.Zoekfilter.als(
                      "d.status = :status",
                      "status",
                      p.enumValue("status", OnderwerpStatus.class).map(Enum::name)));
              filters.addAll(
                  Zoeken.Zoekfilter.als(
                      Revisies.gewijzigdSindsSql(ResourceType.ONDERWERP, "d.raadsnummer"),
                      "sinds",
                      p.instant("gewijzigdSinds")));
              return filters;
            },
            List.of("sort"));
    if (gevonden.isPresent()) {
      return CollectionBody.of(
              links,
              "onderwerpen",
              gevonden
                  .get()
                  .map(
                      nrs ->
                          inVolgorde(nrs).stream()
                              .map(o -> OnderwerpSamenvatting.of(o, links))
                              .toList()))
          .metVervolg(vervolg);
    }
    PageRequest<Onderwerp> page = PageRequest.read(params, OnderwerpRepository.SORT);
    var status = params.enumValue("status", OnderwerpStatus.class);
    var gewijzigdSinds = params.instant("gewijzigdSinds");
    params.validate();

    Filter filter =
        new Filter()
            .with(
                Revisies.gewijzigdSinds(ResourceType.ONDERWERP, "o.raadsnummer"),
                "sinds",
                gewijzigdSinds)
            .with("o.status = :status", "status", status);
    var result = KeysetQuery.page(onderwerpen, "from Onderwerp o", filter, page);
    return CollectionBody.of(
            links,
            "onderwerpen",
            result.map(rows -> rows.stream().map(o -> OnderwerpSamenvatting.of(o, links)).toList()))
        .metVervolg(vervolg);
  }

  /** The onderwerp now or, with a peilmoment, the version that was current then. */
  public Object onderwerp(String raadsnummer, Optional<Instant> peilmoment) {
    return revisies.huidigOfOp(ResourceType.ONDERWERP, raadsnummer, peilmoment);
  }

  @Override
  public ResourceType type() {
    return ResourceType.ONDERWERP;
  }

  /** The whole onderwerp in four queries, however many parts it has. */
  @Override
  @Transactional
  public Optional<OnderwerpView> weergave(String raadsnummer, Links links) {
    return onderwerpen
        .metSecties(raadsnummer)
        .map(
            onderwerp ->
                OnderwerpView.of(
                    onderwerp,
                    onderwerpen.doelen(raadsnummer),
                    documenten.vanOnderwerp(raadsnummer, links),
                    onderwerpen.tijdlijn(raadsnummer),
                    links));
  }

  @Override
  @Transactional
  public boolean bestaat(String id) {
    return onderwerpen.findByIdOptional(id).isPresent();
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean houdVast(String id) {
    return onderwerpen.findByIdOptional(id, LockModeType.PESSIMISTIC_READ).isPresent();
  }

  @Override
  @Transactional
  public List<String> ids() {
    return onderwerpen.raadsnummers();
  }

  @Transactional
  public CollectionBody doelen(String raadsnummer) {
    vereisBestaand(raadsnummer);
    return CollectionBody.of(
        links, "doelen", onderwerpen.doelen(raadsnummer).stream().map(DoelView::of).toList());
  }

  @Transactional
  public CollectionBody documenten(String raadsnummer) {
    vereisBestaand(raadsnummer);
    return CollectionBody.of(links, "documenten", documenten.vanOnderwerp(raadsnummer, links));
  }

  @Transactional
  public CollectionBody voorstellen(String raadsnummer, QueryParameters params) {
    vereisBestaand(raadsnummer);
    return voorstellen.vanOnderwerp(raadsnummer, params);
  }

  private void vereisBestaand(String raadsnummer) {
    if (onderwerpen.count("raadsnummer", raadsnummer) == 0) {
      throw revisies.ontbreekt(ResourceType.ONDERWERP, raadsnummer);
    }
  }
}
