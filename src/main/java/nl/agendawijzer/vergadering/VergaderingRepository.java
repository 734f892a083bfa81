package nl.agendawijzer.vergadering;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import nl.agendawijzer.api.paging.Sort;
import nl.agendawijzer.api.paging.SortField;

@ApplicationScoped
public class VergaderingRepository implements PanacheRepositoryBase<Vergadering, String> {

  static final Sort<Vergadering> SORT =
      new Sort<>(
          SortField.text("id", "v.id", Vergadering::id),
          "-datum",
          List.of(SortField.nullableDate("datum", "v.datum", Vergadering::datum)));

  /**
   * Holds those of these meetings that exist against deletion until the transaction ends, in id
   * order so two writers holding several never wait for each other in a circle (see
   * Revisies#houdVast).
   */
  public void houdVast(Collection<String> ids) {
    if (ids.isEmpty()) {
      return;
    }
    getEntityManager()
        .createQuery("from Vergadering v where v.id in :ids order by v.id", Vergadering.class)
        .setParameter("ids", ids)
        .setLockMode(LockModeType.PESSIMISTIC_READ)
        .getResultList();
  }

  public List<String> ids() {
    return getEntityManager()
        .createQuery("select v.id from Vergadering v order by v.id", String.class)
        .getResultList();
  }
}
