package nl.agendawijzer.api.paging;

import java.time.LocalDate;
import java.util.function.Function;

/**
 * A field a list can be sorted and paged on.
 *
 * @param name the name clients use in {@code sort}, equal to the field in the representation
 * @param expression the HQL path on the query's alias, e.g. {@code s.datum}
 * @param value reads the field from an entity, to put the last row's value in the cursor
 * @param type {@code String}, {@code LocalDate}, {@code Long} or {@code Integer}
 * @param nullable whether the column can be null; missing values sort before every value
 */
public record SortField<E>(
    String name, String expression, Function<E, Object> value, Class<?> type, boolean nullable) {

  public static <E> SortField<E> text(String name, String expression, Function<E, Object> value) {
    return new SortField<>(name, expression, value, String.class, false);
  }

  public static <E> SortField<E> nullableText(
      String name, String expression, Function<E, Object> value) {
    return new SortField<>(name, expression, value, String.class, true);
  }

  public static <E> SortField<E> nullableDate(
      String name, String expression, Function<E, Object> value) {
    return new SortField<>(name, expression, value, LocalDate.class, true);
  }

  /** A number that is never null, such as a sequence. */
  public static <E> SortField<E> number(String name, String expression, Function<E, Object> value) {
    return new SortField<>(name, expression, value, Long.class, false);
  }

  /** A number in an integer column that is never null, such as a version number. */
  public static <E> SortField<E> integer(
      String name, String expression, Function<E, Object> value) {
    return new SortField<>(name, expression, value, Integer.class, false);
  }

  Object parse(String raw) {
    if (type == LocalDate.class) {
      return LocalDate.parse(raw);
    }
    if (type == Integer.class) {
      return Integer.valueOf(raw);
    }
    return type == Long.class ? Long.valueOf(raw) : raw;
  }
}
