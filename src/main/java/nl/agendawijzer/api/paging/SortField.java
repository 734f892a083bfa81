package nl.agendawijzer.api.paging;

import java.time.LocalDate;
import java.util.function.Function;

/**
 * A field a list can be sorted and paged on.
 *
 * @param name the name clients use in {@code sort}, equal to the field in the representation
 * @param expression the HQL expression on the query's alias, e.g. {@code s.datum}
 * @param value reads the field from an entity, to put the last row's value in the cursor
 * @param type {@code String}, {@code Integer} or {@code LocalDate}
 * @param nullStandIn for a nullable column, the value nulls sort as; keyset comparisons with null
 *     would drop rows, so both ORDER BY and the cursor condition compare {@code coalesce(column,
 *     nullStandIn)}. Null for columns that are never null.
 */
public record SortField<E>(
    String name, String expression, Function<E, Object> value, Class<?> type, Object nullStandIn) {

  public static <E> SortField<E> text(String name, String expression, Function<E, Object> value) {
    return new SortField<>(name, expression, value, String.class, null);
  }

  public static <E> SortField<E> nullableText(
      String name, String expression, Function<E, Object> value) {
    return new SortField<>(name, expression, value, String.class, "");
  }

  /** Dates sort with missing dates first in ascending order: before every real date. */
  public static <E> SortField<E> nullableDate(
      String name, String expression, Function<E, Object> value) {
    return new SortField<>(name, expression, value, LocalDate.class, LocalDate.of(1, 1, 1));
  }

  Object parse(String raw) {
    if (type == LocalDate.class) {
      return LocalDate.parse(raw);
    }
    if (type == Integer.class) {
      return Integer.valueOf(raw);
    }
    return raw;
  }

  Object valueOrStandIn(E entity) {
    Object v = value.apply(entity);
    return v != null ? v : nullStandIn;
  }
}
