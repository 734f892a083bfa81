package nl.agendawijzer.raad;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import nl.agendawijzer.api.paging.Sort;
import nl.agendawijzer.api.paging.SortField;

@ApplicationScoped
public class FractieRepository implements PanacheRepositoryBase<Fractie, String> {

  static final Sort<Fractie> SORT =
      new Sort<>(
          SortField.text("id", "f.id", Fractie::id),
          "id",
          List.of(SortField.text("naam", "f.naam", Fractie::naam)));

  public List<String> ids() {
    return getEntityManager()
        .createQuery("select f.id from Fractie f order by f.id", String.class)
        .getResultList();
  }

  /** Every faction's dated seats, in one query: the faction part of the seat calendar. */
  List<Zetelkalender.FractieTermijn> termijnen() {
    return getEntityManager()
        .createQuery(
            "select f.id, z.zetels, z.geldigVanaf, z.geldigTot from Fractie f join f.zetels z"
                + " order by f.id, z.geldigVanaf",
            Object[].class)
        .getResultStream()
        .map(
            r ->
                new Zetelkalender.FractieTermijn(
                    (String) r[0], (LocalDate) r[2], (LocalDate) r[3], (Integer) r[1]))
        .toList();
  }
}
