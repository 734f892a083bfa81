package nl.agendawijzer.onderwerp;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import nl.agendawijzer.api.paging.Sort;
import nl.agendawijzer.api.paging.SortField;

@ApplicationScoped
public class OnderwerpRepository implements PanacheRepositoryBase<Onderwerp, String> {

  static final Sort<Onderwerp> SORT =
      new Sort<>(
          SortField.text("raadsnummer", "o.raadsnummer", Onderwerp::raadsnummer),
          "raadsnummer",
          List.of(
              SortField.text("titel", "o.titel", Onderwerp::titel),
              SortField.nullableDate("geschrevenOp", "o.geschrevenOp", Onderwerp::geschrevenOp),
              SortField.nullableDate(
                  "laatstBewerktOp", "o.laatstBewerktOp", Onderwerp::laatstBewerktOp)));

  /** The onderwerp with its sections and numbers, in one query (both lists are small). */
  public Optional<Onderwerp> metSecties(String raadsnummer) {
    return find(
            "select o from Onderwerp o left join fetch o.secties left join fetch o.nummers"
                + " where o.raadsnummer = :nr",
            Parameters.with("nr", raadsnummer))
        .singleResultOptional();
  }

  /**
   * The onderwerp whose raadsnummer is one of these numbers in canonical form (upper case, no
   * hyphen), so {@code RV-88/2021}, {@code RV88/2021} and {@code rv88/2021} are one topic; or whose
   * page printed one of them beside its key (indexed: {@code onderwerp_nummer.canoniek}).
   */
  public Optional<Onderwerp> metCanoniekNummer(List<String> canoniek) {
    if (canoniek.isEmpty()) {
      return Optional.empty();
    }
    return houders(canoniek).stream().findFirst().map(this::findById);
  }

  /** The keys of the topics that hold this canonical number, as their key or a printed number. */
  public List<String> houders(String canoniek) {
    return houders(List.of(canoniek));
  }

  /**
   * Two index seeks, not one query with {@code or exists}: the databases answer that with a scan of
   * every onderwerp, which an import of a new page paid once per number it prints (issue 11).
   */
  private List<String> houders(List<String> canoniek) {
    TreeSet<String> houders = new TreeSet<>();
    houders.addAll(
        getEntityManager()
            .createQuery(
                "select o.raadsnummer from Onderwerp o where o.canoniek in :nrs", String.class)
            .setParameter("nrs", canoniek)
            .getResultList());
    houders.addAll(
        getEntityManager()
            .createQuery(
                "select o.raadsnummer from Onderwerp o join o.nummers n where n.canoniek in :nrs",
                String.class)
            .setParameter("nrs", canoniek)
            .getResultList());
    return List.copyOf(houders);
  }

  public List<String> raadsnummers() {
    return getEntityManager()
        .createQuery("select o.raadsnummer from Onderwerp o order by o.raadsnummer", String.class)
        .getResultList();
  }

  public List<Doel> doelen(String raadsnummer) {
    return getEntityManager()
        .createQuery("from Doel where onderwerp = :nr order by volgnummer", Doel.class)
        .setParameter("nr", raadsnummer)
        .getResultList();
  }

  /** The history with the voorstellen of every entry, in one query. */
  public List<TijdlijnBericht> tijdlijn(String raadsnummer) {
    return getEntityManager()
        .createQuery(
            "select distinct b from TijdlijnBericht b left join fetch b.voorstellen"
                + " where b.onderwerp = :nr order by b.volgnummer",
            TijdlijnBericht.class)
        .setParameter("nr", raadsnummer)
        .getResultList();
  }
}
