package nl.agendawijzer.voorstel;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.FlushModeType;
import java.util.Collection;
import java.util.List;
import nl.agendawijzer.api.paging.Sort;
import nl.agendawijzer.api.paging.SortField;

@ApplicationScoped
public class VoorstelRepository implements PanacheRepositoryBase<Voorstel, String> {

  static final Sort<Voorstel> SORT =
      new Sort<>(
          SortField.text("nummer", "v.nummer", Voorstel::nummer),
          "nummer",
          List.of(SortField.nullableText("titel", "v.titel", Voorstel::titel)));

  /**
   * The voorstellen with these numbers, without flushing first: for a change that has altered
   * thousands of stemmingen and not yet flushed them (which voorstellen exist does not depend on
   * those), where a flush before each query would dirty-check all of them every time.
   */
  public List<Voorstel> metNummersZonderFlush(Collection<String> nummers) {
    return InLijsten.opgehaald(
        nummers,
        deel ->
            getEntityManager()
                .createQuery("from Voorstel v where v.nummer in :nummers", Voorstel.class)
                .setParameter("nummers", deel)
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList());
  }

  public List<String> nummers() {
    return getEntityManager()
        .createQuery("select v.nummer from Voorstel v order by v.nummer", String.class)
        .getResultList();
  }

  /**
   * HQL: {@code s} is the last stemming of voorstel {@code v} (latest date, then highest id); the
   * voorstel's uitslag and datum are those of that stemming. Needs parameter {@code :geenDatum}.
   */
  static final String LAATSTE_STEMMING =
      "s.voorstel = v.nummer and not exists (select s2.id from Stemming s2"
          + " where s2.voorstel = v.nummer and (coalesce(s2.datum, :geenDatum) >"
          + " coalesce(s.datum, :geenDatum) or (coalesce(s2.datum, :geenDatum) ="
          + " coalesce(s.datum, :geenDatum) and s2.id > s.id)))";
}
