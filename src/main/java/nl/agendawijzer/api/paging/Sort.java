package nl.agendawijzer.api.paging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The fields one list can be sorted on, and the parsing of its {@code sort} parameter ({@code
 * sort=-datum,titel}: descending datum, then ascending titel). The list's key is always the last
 * sort key, so the order is total and paging is stable. Missing values sort before all values.
 */
public final class Sort<E> {

  private final Map<String, SortField<E>> fields = new LinkedHashMap<>();
  private final SortField<E> key;
  private final String defaultSort;

  public Sort(SortField<E> key, String defaultSort, List<SortField<E>> others) {
    this.key = key;
    this.defaultSort = defaultSort;
    fields.put(key.name(), key);
    others.forEach(f -> fields.put(f.name(), f));
  }

  public String defaultSort() {
    return defaultSort;
  }

  public String allowed() {
    return fields.keySet().stream().map(n -> n + ", -" + n).collect(Collectors.joining(", "));
  }

  /** The keys for a sort expression, or empty when it names an unknown or repeated field. */
  public Optional<List<SortKey<E>>> parse(String sort) {
    List<SortKey<E>> keys = new ArrayList<>();
    for (String part : sort.split(",", -1)) {
      boolean descending = part.startsWith("-");
      SortField<E> field = fields.get(descending ? part.substring(1) : part);
      if (field == null || keys.stream().anyMatch(k -> k.field().equals(field))) {
        return Optional.empty();
      }
      keys.add(new SortKey<>(field, descending));
    }
    if (keys.stream().noneMatch(k -> k.field().equals(key))) {
      // The key breaks ties in the direction of the first field, so one index serves the order.
      keys.add(new SortKey<>(key, keys.get(0).descending()));
    }
    return Optional.of(List.copyOf(keys));
  }

  public record SortKey<E>(SortField<E> field, boolean descending) {}
}
