package nl.agendawijzer.vergadering;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
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

  public List<String> ids() {
    return getEntityManager()
        .createQuery("select v.id from Vergadering v order by v.id", String.class)
        .getResultList();
  }
}
