package nl.agendawijzer.zoeken;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.agendawijzer.api.QueryParameters;
import nl.agendawijzer.api.paging.Page;
import nl.agendawijzer.api.paging.PageRequest;
import nl.agendawijzer.versies.ResourceType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Full-text search (ADR API-32: the parameter {@code zoek}) over the index {@link Zoekindex} keeps.
 * Results are ranked, best first, and paged like every list: keyset on (rang, sleutel), where rang
 * is an integer so the cursor compares exactly. See docs/adr/0013-zoeken.md.
 */
@ApplicationScoped
public class Zoeken {

  public static final String PARAMETER = "zoek";

  /**
   * What one search may ask (issue 10): each word is a condition the database evaluates over the
   * index, and a one-letter word (as a prefix) matches nearly every document, so the number of
   * words and their length are bounded; the total length is the contract's maxLength.
   */
  public static final int MAX_LENGTE = 200;

  public static final int MAX_WOORDEN = 10;
  public static final int MIN_WOORDLENGTE = 2;
  private static final String SEPARATOR = "\u001f";

  @Inject EntityManager entityManager;

  @ConfigProperty(name = "quarkus.datasource.db-kind")
  String dbKind;

  /**
   * The keys of one page of results when the request has {@code zoek}; empty when it has not. Reads
   * {@code zoek}, {@code pageSize} and {@code cursor}; the list's other parameters (its filters and
   * {@code sort}) are refused beside {@code zoek}, since results are ordered by rank.
   */
  public Optional<Page<String>> zoek(
      ResourceType type,
      QueryParameters params,
      Bron bron,
      Function<QueryParameters, List<Zoekfilter>> filters,
      List<String> andereParameters) {
    Optional<String> zoek = params.text(PARAMETER);
    if (zoek.isEmpty()) {
      return Optional.empty();
    }
    int pageSize =
        params.integer("pageSize", PageRequest.DEFAULT_PAGE_SIZE, 1, PageRequest.MAX_PAGE_SIZE);
    List<String> woorden = Zoektekst.woorden(zoek.get());
    if (zoek.get().length() > MAX_LENGTE) {
      params.reject(PARAMETER, "is langer dan " + MAX_LENGTE + " tekens");
    } else if (woorden.isEmpty()) {
      params.reject(PARAMETER, "bevat geen woorden om op te zoeken");
    } else if (woorden.size() > MAX_WOORDEN) {
      params.reject(
          PARAMETER, "bevat " + woorden.size() + " woorden; zoek op hoogstens " + MAX_WOORDEN);
    } else if (woorden.stream().anyMatch(w -> w.length() < MIN_WOORDLENGTE)) {
      params.reject(
          PARAMETER,
          "bevat een woord van één teken; elk woord heeft er minstens " + MIN_WOORDLENGTE);
    }
    Optional<Positie> cursor =
        params
            .text("cursor")
            .flatMap(
                raw -> {
                  Optional<Positie> positie = Positie.decode(raw, zoek.get());
                  if (positie.isEmpty()) {
                    params.reject(
                        "cursor",
                        "is ongeldig of hoort bij een andere zoekopdracht; gebruik de links next"
                            + " en prev uit een eerder antwoord");
                  }
                  return positie;
                });
    List<Zoekfilter> gevraagd = filters.apply(params);
    for (String andere : andereParameters) {
      if (params.text(andere).isPresent()) {
        params.reject(
            andere, "gaat niet samen met zoek: zoekresultaten staan op relevantie, de beste eerst");
      }
    }
    params.validate();
    return Optional.of(pagina(type, bron, gevraagd, zoek.get(), woorden, pageSize, cursor));
  }

  private Page<String> pagina(
      ResourceType type,
      Bron bron,
      List<Zoekfilter> filters,
      String zoek,
      List<String> woorden,
      int pageSize,
      Optional<Positie> cursor) {
    boolean terug = cursor.map(Positie::terug).orElse(false);
    StringBuilder sql =
        new StringBuilder("select r.sleutel, r.rang from (select z.sleutel as sleutel, ");
    boolean postgres = dbKind.startsWith("postgresql");
    if (postgres) {
      // zoekvector: the stored, GIN-indexed weighted vector (titel A, tekst B) of V17_1.
      sql.append(
          "cast(ts_rank(z.zoekvector, to_tsquery('dutch', :q)) * 1000000 as integer) as rang"
              + " from {h-schema}zoekdocument z"
              + join(bron)
              + " where z.type = :type and z.zoekvector @@ to_tsquery('dutch', :q)");
    } else {
      List<String> rang = new ArrayList<>();
      List<String> match = new ArrayList<>();
      for (int i = 0; i < woorden.size(); i++) {
        // A hit in the titel weighs three times a hit in the text.
        rang.add("case when z.titel like :w" + i + " then 3 else 0 end");
        rang.add("case when z.tekst like :w" + i + " then 1 else 0 end");
        match.add("(z.titel like :w" + i + " or z.tekst like :w" + i + ")");
      }
      sql.append(String.join(" + ", rang))
          .append(" as rang from {h-schema}zoekdocument z")
          .append(join(bron))
          .append(" where z.type = :type and ")
          .append(String.join(" and ", match));
    }
    filters.forEach(f -> sql.append(" and ").append(f.conditie()));
    sql.append(") r");
    if (cursor.isPresent()) {
      sql.append(
          terug
              ? " where (r.rang > :rang or (r.rang = :rang and r.sleutel < :sleutel))"
              : " where (r.rang < :rang or (r.rang = :rang and r.sleutel > :sleutel))");
    }
    sql.append(
        terug ? " order by r.rang asc, r.sleutel desc" : " order by r.rang desc, r.sleutel asc");

    Query query = entityManager.createNativeQuery(sql.toString());
    query.setParameter("type", type.name());
    filters.forEach(f -> query.setParameter(f.parameter(), f.waarde()));
    if (postgres) {
      // Each word as a prefix of its stem: the Dutch Snowball stemmer leaves "barrieres" whole
      // while it cuts "barriere" to "barrier"; "barrier:*" matches both lexemes. Words hold only
      // letters and digits, so they cannot break the tsquery syntax.
      query.setParameter(
          "q", String.join(" & ", woorden.stream().map(w -> Zoektekst.stam(w) + ":*").toList()));
    } else {
      for (int i = 0; i < woorden.size(); i++) {
        // Words start after a space; the index text starts with one. Words hold only letters
        // and digits, so nothing needs escaping in the pattern.
        query.setParameter("w" + i, "% " + Zoektekst.stam(woorden.get(i)) + "%");
      }
    }
    cursor.ifPresent(
        c -> {
          query.setParameter("rang", c.rang());
          query.setParameter("sleutel", c.sleutel());
        });
    query.setMaxResults(pageSize + 1);
    @SuppressWarnings("unchecked")
    List<Object[]> rijen = new ArrayList<>(query.getResultList());
    boolean meer = rijen.size() > pageSize;
    if (meer) {
      rijen.remove(rijen.size() - 1);
    }
    if (terug) {
      Collections.reverse(rijen);
    }
    boolean volgende = terug ? cursor.isPresent() : meer;
    boolean vorige = terug ? meer : cursor.isPresent();
    List<String> sleutels = rijen.stream().map(r -> (String) r[0]).toList();
    return new Page<>(
        sleutels,
        volgende && !rijen.isEmpty()
            ? Optional.of(Positie.van(rijen.get(rijen.size() - 1), false, zoek).encode())
            : Optional.empty(),
        vorige && !rijen.isEmpty()
            ? Optional.of(Positie.van(rijen.get(0), true, zoek).encode())
            : Optional.empty());
  }

  /** The resource's own table, joined as {@code d} so the list's filters apply to results. */
  public record Bron(String tabel, String sleutel) {}

  /**
   * A filter of the list beside {@code zoek}: SQL on the resource's table (alias {@code d}) naming
   * {@code :parameter}, bound to {@code waarde}.
   */
  public record Zoekfilter(String conditie, String parameter, Object waarde) {

    /** The filter when the client gave its value; none otherwise. */
    public static List<Zoekfilter> als(String conditie, String parameter, Optional<?> waarde) {
      return waarde.map(w -> List.of(new Zoekfilter(conditie, parameter, w))).orElse(List.of());
    }
  }

  private static String join(Bron bron) {
    return " join {h-schema}" + bron.tabel() + " d on d." + bron.sleutel() + " = z.sleutel";
  }

  /** Where a page of results starts: the rank and key of the row before it, and the search. */
  record Positie(boolean terug, String zoek, int rang, String sleutel) {

    static Positie van(Object[] rij, boolean terug, String zoek) {
      return new Positie(terug, zoek, ((Number) rij[1]).intValue(), (String) rij[0]);
    }

    String encode() {
      String tekst = String.join(SEPARATOR, terug ? "p" : "n", zoek, String.valueOf(rang), sleutel);
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(tekst.getBytes(StandardCharsets.UTF_8));
    }

    static Optional<Positie> decode(String raw, String zoek) {
      try {
        String[] delen =
            new String(Base64.getUrlDecoder().decode(raw), StandardCharsets.UTF_8)
                .split(SEPARATOR, -1);
        if (delen.length != 4
            || !(delen[0].equals("n") || delen[0].equals("p"))
            || !delen[1].equals(zoek)) {
          return Optional.empty();
        }
        return Optional.of(
            new Positie(delen[0].equals("p"), zoek, Integer.parseInt(delen[2]), delen[3]));
      } catch (RuntimeException e) {
        return Optional.empty();
      }
    }
  }
}
