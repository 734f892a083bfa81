package nl.agendawijzer.voorstel;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import nl.agendawijzer.api.paging.Sort;
import nl.agendawijzer.api.paging.SortField;

@ApplicationScoped
public class StemmingRepository implements PanacheRepositoryBase<Stemming, String> {

  static final Sort<Stemming> SORT =
      new Sort<>(
          SortField.text("id", "s.id", Stemming::id),
          "-datum",
          List.of(SortField.nullableDate("datum", "s.datum", Stemming::datum)));

  public List<String> ids() {
    return getEntityManager()
        .createQuery("select s.id from Stemming s order by s.id", String.class)
        .getResultList();
  }

  /** The votes dated from {@code vanaf} to {@code tot} (both inclusive; open when null). */
  public List<Stemming> tussen(LocalDate vanaf, LocalDate tot) {
    return tot == null
        ? list("datum >= ?1 order by datum, id", vanaf)
        : list("datum >= ?1 and datum <= ?2 order by datum, id", vanaf, tot);
  }

  /** Votes whose check was never stored: rows from before the check was kept (V7). */
  public List<Stemming> zonderControle() {
    return list("controleStatus is null order by id");
  }

  /**
   * The votes of several voorstellen in one query, oldest first, so a list of voorstellen costs two
   * queries however long it is.
   */
  public List<Stemming> vanVoorstellen(Collection<String> nummers) {
    if (nummers.isEmpty()) {
      return List.of();
    }
    return list(
        "voorstel in :nummers order by datum asc nulls first, id",
        Parameters.with("nummers", nummers));
  }

  /** The stemmingen with these ids, in any order. */
  public List<Stemming> metIds(Collection<String> ids) {
    return InLijsten.opgehaald(ids, deel -> list("id in ?1", deel));
  }
}
