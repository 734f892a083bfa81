package nl.agendawijzer.api.paging;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keyset ("seek") paging: a page starts after the sort values of the previous page's last row, so
 * page 5,000 costs one index seek like page 1 does, where OFFSET would read and skip every row
 * before it. See docs/adr/0003-keyset-paging.md.
 */
public final class KeysetQuery {

  private KeysetQuery() {}

  /**
   * @param from the entity and alias, e.g. {@code from Stemming s}
   * @param filter the conditions on that alias the client asked for
   */
  public static <E> Page<E> page(
      PanacheRepositoryBase<E, ?> repository, String from, Filter filter, PageRequest<E> request) {
    List<Sort.SortKey<E>> keys = request.keys();
    boolean backwards = request.cursor().map(Cursor::backwards).orElse(false);
    Map<String, Object> parameters = new HashMap<>(filter.parameters());
    List<String> where = new ArrayList<>(filter.conditions());
    List<String> expressions = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      SortField<E> field = keys.get(i).field();
      if (field.nullStandIn() == null) {
        expressions.add(field.expression());
      } else {
        expressions.add("coalesce(" + field.expression() + ", :_null" + i + ")");
        parameters.put("_null" + i, field.nullStandIn());
      }
    }
    request.cursor().ifPresent(cursor -> where.add(seek(keys, expressions, cursor, parameters)));

    List<String> order = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      order.add(expressions.get(i) + (keys.get(i).descending() != backwards ? " desc" : " asc"));
    }
    String hql =
        from
            + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
            + " order by "
            + String.join(", ", order);

    List<E> rows =
        new ArrayList<>(repository.find(hql, parameters).range(0, request.pageSize()).list());
    boolean more = rows.size() > request.pageSize();
    if (more) {
      rows.remove(rows.size() - 1);
    }
    if (backwards) {
      Collections.reverse(rows);
    }
    boolean hasNext = backwards ? request.cursor().isPresent() : more;
    boolean hasPrev = backwards ? more : request.cursor().isPresent();
    return new Page<>(
        List.copyOf(rows),
        hasNext && !rows.isEmpty()
            ? Optional.of(cursorAt(rows.get(rows.size() - 1), false, request))
            : Optional.empty(),
        hasPrev && !rows.isEmpty()
            ? Optional.of(cursorAt(rows.get(0), true, request))
            : Optional.empty());
  }

  /** Rows strictly after (or, backwards, before) the cursor: (a > x) or (a = x and b > y) ... */
  private static <E> String seek(
      List<Sort.SortKey<E>> keys,
      List<String> expressions,
      Cursor cursor,
      Map<String, Object> parameters) {
    List<String> alternatives = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      List<String> terms = new ArrayList<>();
      for (int j = 0; j < i; j++) {
        terms.add(expressions.get(j) + " = :_seek" + j);
      }
      boolean greater = keys.get(i).descending() == cursor.backwards();
      terms.add(expressions.get(i) + (greater ? " > " : " < ") + ":_seek" + i);
      alternatives.add("(" + String.join(" and ", terms) + ")");
      parameters.put("_seek" + i, cursor.values().get(i));
    }
    return "(" + String.join(" or ", alternatives) + ")";
  }

  private static <E> String cursorAt(E row, boolean backwards, PageRequest<E> request) {
    List<Object> values = new ArrayList<>();
    request.keys().forEach(k -> values.add(k.field().valueOrStandIn(row)));
    return new Cursor(backwards, request.sort(), values).encode();
  }
}
