package nl.agendawijzer.api.paging;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keyset ("seek") paging: a page starts right after the sort values of the previous page's last
 * row, so page 5,000 costs one index seek like page 1 does, where OFFSET would read and skip every
 * row before it. See docs/adr/0003-keyset-paging.md.
 *
 * <p>Missing values sort before every value. A nullable first sort field would need {@code OR ...
 * IS NULL} in the seek condition, which no index serves; instead the rows without a value and the
 * rows with one are read as two segments, each with a condition an index on the field answers.
 */
public final class KeysetQuery {

  private KeysetQuery() {}

  private enum Segment {
    ALL,
    MISSING,
    PRESENT
  }

  /**
   * @param from the entity and alias, e.g. {@code from Stemming s}
   * @param filter the conditions on that alias the client asked for
   */
  public static <E> Page<E> page(
      PanacheRepositoryBase<E, ?> repository, String from, Filter filter, PageRequest<E> request) {
    List<Sort.SortKey<E>> keys = request.keys();
    Optional<Cursor> cursor = request.cursor();
    boolean backwards = cursor.map(Cursor::backwards).orElse(false);
    int wanted = request.pageSize() + 1;

    List<Segment> segments = segments(keys.get(0), backwards);
    int first = cursor.map(c -> segments.indexOf(segmentOf(keys.get(0), c))).orElse(0);
    List<E> rows = new ArrayList<>();
    for (int s = first; s < segments.size() && rows.size() < wanted; s++) {
      Segment segment = segments.get(s);
      int skip = segment == Segment.MISSING ? 1 : 0;
      Query query = new Query(filter);
      if (segment != Segment.ALL) {
        query.where(
            keys.get(0).field().expression()
                + (segment == Segment.MISSING ? " is null" : " is not null"));
      }
      List<Sort.SortKey<E>> segmentKeys = new ArrayList<>(keys.subList(skip, keys.size()));
      if (segment == Segment.PRESENT) {
        segmentKeys.set(0, present(segmentKeys.get(0)));
      }
      if (s == first && cursor.isPresent()) {
        List<Object> values = cursor.get().values();
        query.seek(segmentKeys, values.subList(skip, values.size()), backwards);
      }
      String hql = query.hql(from, segmentKeys, backwards);
      rows.addAll(repository.find(hql, query.parameters).range(0, wanted - rows.size() - 1).list());
    }

    boolean more = rows.size() > request.pageSize();
    if (more) {
      rows.remove(rows.size() - 1);
    }
    if (backwards) {
      Collections.reverse(rows);
    }
    boolean hasNext = backwards ? cursor.isPresent() : more;
    boolean hasPrev = backwards ? more : cursor.isPresent();
    return new Page<>(
        List.copyOf(rows),
        hasNext && !rows.isEmpty()
            ? Optional.of(cursorAt(rows.get(rows.size() - 1), false, request))
            : Optional.empty(),
        hasPrev && !rows.isEmpty()
            ? Optional.of(cursorAt(rows.get(0), true, request))
            : Optional.empty());
  }

  /** The segments in the order this request reads them. */
  private static <E> List<Segment> segments(Sort.SortKey<E> lead, boolean backwards) {
    if (!lead.field().nullable()) {
      return List.of(Segment.ALL);
    }
    boolean ascending = lead.descending() == backwards;
    return ascending
        ? List.of(Segment.MISSING, Segment.PRESENT)
        : List.of(Segment.PRESENT, Segment.MISSING);
  }

  /** The first key within the segment of rows that have a value for it. */
  private static <E> Sort.SortKey<E> present(Sort.SortKey<E> key) {
    SortField<E> f = key.field();
    return new Sort.SortKey<>(
        new SortField<>(f.name(), f.expression(), f.value(), f.type(), false), key.descending());
  }

  private static <E> Segment segmentOf(Sort.SortKey<E> lead, Cursor cursor) {
    if (!lead.field().nullable()) {
      return Segment.ALL;
    }
    return cursor.values().get(0) == null ? Segment.MISSING : Segment.PRESENT;
  }

  private static <E> String cursorAt(E row, boolean backwards, PageRequest<E> request) {
    List<Object> values = new ArrayList<>();
    request.keys().forEach(k -> values.add(k.field().value().apply(row)));
    return new Cursor(backwards, request.sort(), values).encode();
  }

  /** One query of a segment: its conditions, parameters and order. */
  private static final class Query {
    final List<String> conditions;
    final Map<String, Object> parameters;

    Query(Filter filter) {
      conditions = new ArrayList<>(filter.conditions());
      parameters = new HashMap<>(filter.parameters());
    }

    void where(String condition) {
      conditions.add(condition);
    }

    String bind(Object value) {
      String name = "_k" + parameters.size();
      parameters.put(name, value);
      return ":" + name;
    }

    /**
     * Rows strictly after the cursor: (a > x) or (a = x and b > y) or ..., plus a bound on the
     * first key alone ({@code a >= x}) that lets the database start its index scan at the cursor.
     */
    <E> void seek(List<Sort.SortKey<E>> keys, List<Object> values, boolean backwards) {
      List<String> alternatives = new ArrayList<>();
      List<String> equalSoFar = new ArrayList<>();
      String leadParameter = null;
      for (int i = 0; i < keys.size(); i++) {
        SortField<E> field = keys.get(i).field();
        boolean ascending = keys.get(i).descending() == backwards;
        String column = field.expression();
        String parameter = values.get(i) == null ? null : bind(values.get(i));
        if (i == 0) {
          leadParameter = parameter;
        }
        Optional<String> after = after(column, field.nullable(), ascending, parameter);
        if (after.isPresent()) {
          List<String> terms = new ArrayList<>(equalSoFar);
          terms.add(after.get());
          alternatives.add("(" + String.join(" and ", terms) + ")");
        }
        equalSoFar.add(parameter == null ? column + " is null" : column + " = " + parameter);
      }
      SortField<E> lead = keys.get(0).field();
      boolean leadAscending = keys.get(0).descending() == backwards;
      // Missing values sort first: descending, they could follow the cursor, so no bound then.
      if (leadParameter != null && (leadAscending || !lead.nullable())) {
        where(lead.expression() + (leadAscending ? " >= " : " <= ") + leadParameter);
      }
      where(alternatives.isEmpty() ? "1 = 0" : "(" + String.join(" or ", alternatives) + ")");
    }

    /** The condition "strictly after the cursor" for one key; empty when nothing follows it. */
    private static Optional<String> after(
        String column, boolean nullable, boolean ascending, String parameter) {
      if (parameter == null) {
        return ascending ? Optional.of(column + " is not null") : Optional.empty();
      }
      if (ascending) {
        return Optional.of(column + " > " + parameter);
      }
      return Optional.of(
          nullable
              ? "(" + column + " < " + parameter + " or " + column + " is null)"
              : column + " < " + parameter);
    }

    <E> String hql(String from, List<Sort.SortKey<E>> keys, boolean backwards) {
      List<String> order = new ArrayList<>();
      for (int i = 0; i < keys.size(); i++) {
        SortField<E> field = keys.get(i).field();
        boolean ascending = keys.get(i).descending() == backwards;
        String direction = ascending ? " asc" : " desc";
        String nulls = field.nullable() ? (ascending ? " nulls first" : " nulls last") : "";
        order.add(field.expression() + direction + nulls);
      }
      return from
          + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions))
          + " order by "
          + String.join(", ", order);
    }
  }
}
