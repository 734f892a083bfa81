package nl.agendawijzer.voorstel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.agendawijzer.api.CollectionBody;
import nl.agendawijzer.api.Links;
import nl.agendawijzer.api.QueryParameters;
import nl.agendawijzer.api.paging.Filter;
import nl.agendawijzer.api.paging.KeysetQuery;
import nl.agendawijzer.api.paging.PageRequest;
import nl.agendawijzer.raad.RaadService;
import nl.agendawijzer.raad.Zetelkalender;
import nl.agendawijzer.versies.ResourceType;
import nl.agendawijzer.versies.Revisies;

/** Voting records of factions, and how often pairs of factions voted alike. */
@ApplicationScoped
public class StemgedragService {

  @Inject StemmingRepository stemmingen;
  @Inject VoorstelRepository voorstellen;
  @Inject RaadService raad;
  @Inject Revisies revisies;
  @Inject EntityManager entityManager;
  @Inject Links links;
  @Inject Overeenstemmingen overeenstemmingen;

  /** How a faction voted on every stemming it has a result for, newest first, paged by keyset. */
  @Transactional
  public CollectionBody stemgedrag(String fractie, QueryParameters params) {
    PageRequest<Stemming> page = PageRequest.read(params, StemmingRepository.SORT);
    var periode = params.period();
    var uitslag = params.enumValue("uitslag", Uitslag.class);
    var keuze = params.enumValue("keuze", Keuze.class);
    params.validate();
    if (!revisies.bestaat(ResourceType.FRACTIE, fractie)) {
      throw revisies.ontbreekt(ResourceType.FRACTIE, fractie);
    }
    Map<String, Object> waarden = new HashMap<>(Map.of("fractie", fractie));
    String keuzeVoorwaarde = "";
    if (keuze.isPresent()) {
      keuzeVoorwaarde = " and f.keuze = :keuze";
      waarden.put("keuze", keuze.get());
    }
    Filter filter =
        new Filter()
            .with(
                "exists (select 1 from Stemming t join t.fracties f where t = s"
                    + " and f.fractie = :fractie"
                    + keuzeVoorwaarde
                    + ")",
                waarden)
            .with("s.uitslag = :uitslag", "uitslag", uitslag)
            .with("s.datum >= :vanaf", "vanaf", periode.from())
            .with("s.datum <= :tot", "tot", periode.to());
    var result = KeysetQuery.page(stemmingen, "from Stemming s", filter, page);
    Zetelkalender kalender = raad.zetelkalender();
    return CollectionBody.of(
        links, "stemgedrag", result.map(rows -> rijen(fractie, rows, kalender)));
  }

  private List<StemgedragView> rijen(String fractie, List<Stemming> rows, Zetelkalender kalender) {
    Map<String, Voorstel> perNummer =
        rows.isEmpty()
            ? Map.of()
            : voorstellen
                .list("nummer in ?1", rows.stream().map(Stemming::voorstel).toList())
                .stream()
                .collect(Collectors.toMap(Voorstel::nummer, Function.identity()));
    List<StemgedragView> rijen = new ArrayList<>();
    for (Stemming s : rows) {
      FractieUitslag f =
          s.fracties().stream().filter(u -> u.fractie().equals(fractie)).findFirst().orElseThrow();
      Voorstel v = perNummer.get(s.voorstel());
      rijen.add(
          new StemgedragView(
              s.id(),
              s.voorstel(),
              v == null ? null : v.titel(),
              s.datum(),
              s.uitslag(),
              f.keuze(),
              kalender.fractieZetelsOp(fractie, s.datum()).orElse(null),
              f.voor(),
              f.tegen(),
              new StemgedragView.StemgedragLinks(
                  links.to("stemmingen", s.id()), links.to("voorstellen", s.voorstel()))));
    }
    return rijen;
  }

  /**
   * Every pair of factions and how often they chose alike. The aggregate reads every faction result
   * in the period, so it is computed once per period and state of the data and kept (ADR 0018): the
   * key holds the highest volgnummer of the change feed, which every write that can change a result
   * raises, so a cached answer is never stale, on any replica.
   */
  @Transactional
  public OvereenstemmingView overeenstemming(QueryParameters params) {
    var periode = params.period();
    params.validate();
    var sleutel =
        new Overeenstemmingen.Sleutel(
            periode.from().orElse(null), periode.to().orElse(null), revisies.feedPositie());
    List<OvereenstemmingView.Paar> paren = overeenstemmingen.van(sleutel, () -> paren(periode));
    return new OvereenstemmingView(
        periode.from().orElse(null),
        periode.to().orElse(null),
        paren,
        new OvereenstemmingView.SelfLinks(links.self()));
  }

  /**
   * One query: a self-join of the faction results on the stemming, one row per pair. Only VOOR and
   * TEGEN count; see docs/adr/0011.
   */
  private List<OvereenstemmingView.Paar> paren(QueryParameters.Period periode) {
    // One query: the faction results of each stemming joined with themselves, one row per pair.
    StringBuilder hql =
        new StringBuilder(
            "select a.fractie, b.fractie,"
                + " sum(case when a.keuze = b.keuze then 1 else 0 end), count(*)"
                + " from Stemming s join s.fracties a join s.fracties b"
                + " where a.fractie < b.fractie"
                + " and a.keuze in (:beslist) and b.keuze in (:beslist)");
    periode.from().ifPresent(d -> hql.append(" and s.datum >= :vanaf"));
    periode.to().ifPresent(d -> hql.append(" and s.datum <= :tot"));
    hql.append(" group by a.fractie, b.fractie order by a.fractie, b.fractie");
    var query = entityManager.createQuery(hql.toString(), Object[].class);
    query.setParameter("beslist", List.of(Keuze.VOOR, Keuze.TEGEN));
    periode.from().ifPresent(d -> query.setParameter("vanaf", d));
    periode.to().ifPresent(d -> query.setParameter("tot", d));
    List<OvereenstemmingView.Paar> paren = new ArrayList<>();
    for (Object[] r : query.getResultList()) {
      long gelijk = ((Number) r[2]).longValue();
      long totaal = ((Number) r[3]).longValue();
      paren.add(
          new OvereenstemmingView.Paar(
              (String) r[0], (String) r[1], gelijk, totaal, percentage(gelijk, totaal)));
    }
    return List.copyOf(paren);
  }

  private static double percentage(long gelijk, long totaal) {
    return BigDecimal.valueOf(gelijk * 100)
        .divide(BigDecimal.valueOf(totaal), 1, RoundingMode.HALF_UP)
        .doubleValue();
  }
}
