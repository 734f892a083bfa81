package nl.agendawijzer.voorstel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.agendawijzer.api.CollectionBody;
import nl.agendawijzer.api.Link;
import nl.agendawijzer.api.Links;
import nl.agendawijzer.api.QueryParameters;
import nl.agendawijzer.api.VersionedRepresentation;
import nl.agendawijzer.api.paging.Filter;
import nl.agendawijzer.api.paging.KeysetQuery;
import nl.agendawijzer.api.paging.PageRequest;
import nl.agendawijzer.raad.RaadService;
import nl.agendawijzer.raad.Zetelkalender;
import nl.agendawijzer.versies.ResourceType;
import nl.agendawijzer.versies.Revisies;
import nl.agendawijzer.versies.Weergave;
import nl.agendawijzer.zoeken.Zoeken;

@ApplicationScoped
public class VoorstelService implements Weergave {

  /** Sorts missing dates before every real one, as the paging of stemmingen does. */
  private static final LocalDate GEEN_DATUM = LocalDate.of(1, 1, 1);

  @Inject VoorstelRepository voorstellen;
  @Inject StemmingRepository stemmingen;
  @Inject RaadService raad;
  @Inject Revisies revisies;
  @Inject Links links;
  @Inject Zoeken zoeken;

  /** {@code /voorstellen}: filtered on {@code onderwerp} when the client asks. */
  @Transactional
  public CollectionBody lijst(QueryParameters params) {
    var vervolg = revisies.vervolg(params);
    var gevonden =
        zoeken.zoek(
            ResourceType.VOORSTEL,
            params,
            new Zoeken.Bron("voorstel", "nummer"),
            p -> {
              var filters = new ArrayList<Zoeken.Zoekfilter>();
              filters.addAll(
                  Zoeken.Zoekfilter.als(
                      "d.soort = :soort",
                      "soort",
                      p.enumValue("soort", VoorstelSoort.class).map(Enum::name)));
              filters.addAll(
                  Zoeken.Zoekfilter.als(
                      "d.raadsnummer = :onderwerp", "onderwerp", p.text("onderwerp")));
              filters.addAll(
                  Zoeken.Zoekfilter.als(
                      Revisies.gewijzigdSindsSql(ResourceType.VOORSTEL, "d.nummer"),
                      "sinds",
                      p.instant("gewijzigdSinds")));
              return filters;
            },
            ANDERE_PARAMETERS);
    if (gevonden.isPresent()) {
      return CollectionBody.of(
              links,
              "voorstellen",
              gevonden.get().map(nummers -> views(inVolgorde(nummers), links)))
          .metVervolg(vervolg);
    }
    return lijst(params, params.text("onderwerp"), vervolg);
  }

  /**
   * Refused beside {@code zoek}: results are ordered by rank, and uitslag and the dates are those
   * of the last stemming, which the search query does not join.
   */
  private static final List<String> ANDERE_PARAMETERS =
      List.of("sort", "uitslag", "datumVanaf", "datumTot");

  /** The voorstellen with these numbers, in the order given (the search's ranking). */
  private List<Voorstel> inVolgorde(List<String> nummers) {
    Map<String, Voorstel> perNummer =
        voorstellen.list("nummer in ?1", nummers).stream()
            .collect(Collectors.toMap(Voorstel::nummer, v -> v));
    return nummers.stream().map(perNummer::get).filter(java.util.Objects::nonNull).toList();
  }

  /** {@code /onderwerpen/{raadsnummer}/voorstellen}: the onderwerp is part of the path. */
  @Transactional
  public CollectionBody vanOnderwerp(String raadsnummer, QueryParameters params) {
    return lijst(params, Optional.of(raadsnummer), revisies.vervolg(params));
  }

  /** The voorstel now or, with a peilmoment, the version that was current then. */
  public Object voorstel(String nummer, Optional<Instant> peilmoment) {
    return revisies.huidigOfOp(ResourceType.VOORSTEL, nummer, peilmoment);
  }

  @Override
  public ResourceType type() {
    return ResourceType.VOORSTEL;
  }

  /** How many voorstellen hang under an onderwerp. */
  @Transactional
  public long aantalVanOnderwerp(String raadsnummer) {
    return voorstellen.count("onderwerp", raadsnummer);
  }

  @Override
  @Transactional
  public Optional<VoorstelView> weergave(String nummer, Links links) {
    return voorstellen.findByIdOptional(nummer).map(v -> views(List.of(v), links).get(0));
  }

  /** {@link #weergave} of many, their stemmingen fetched with them as a list page does. */
  @Override
  @Transactional
  public Map<String, VersionedRepresentation> weergaven(Collection<String> nummers, Links links) {
    return InLijsten.opgehaald(
            nummers, deel -> views(voorstellen.list("nummer in ?1", deel), links))
        .stream()
        .collect(Collectors.toMap(VoorstelView::nummer, v -> v));
  }

  @Override
  @Transactional
  public boolean bestaat(String id) {
    return voorstellen.findByIdOptional(id).isPresent();
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean houdVast(String id) {
    return voorstellen.findByIdOptional(id, LockModeType.PESSIMISTIC_READ).isPresent();
  }

  @Override
  @Transactional
  public List<String> ids() {
    return voorstellen.nummers();
  }

  /** {@code vervolg} is read before the query, see {@link Revisies#vervolg}. */
  private CollectionBody lijst(
      QueryParameters params, Optional<String> onderwerp, Optional<Link> vervolg) {
    PageRequest<Voorstel> page = PageRequest.read(params, VoorstelRepository.SORT);
    var soort = params.enumValue("soort", VoorstelSoort.class);
    var uitslag = params.enumValue("uitslag", Uitslag.class);
    var periode = params.period();
    var gewijzigdSinds = params.instant("gewijzigdSinds");
    params.validate();

    Filter filter =
        new Filter()
            .with(
                Revisies.gewijzigdSinds(ResourceType.VOORSTEL, "v.nummer"), "sinds", gewijzigdSinds)
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
    return CollectionBody.of(links, "voorstellen", result.map(rows -> views(rows, links)))
        .metVervolg(vervolg);
  }

  /** Views of voorstellen with their stemmingen, fetched in one query for all of them. */
  private List<VoorstelView> views(List<Voorstel> rows, Links links) {
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
