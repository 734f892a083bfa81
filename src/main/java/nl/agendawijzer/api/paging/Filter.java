package nl.agendawijzer.api.paging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The WHERE part of a list query: HQL conditions with named parameters, added only for the filters
 * a client gave. Values are always bound as parameters, never written into the query text.
 */
public final class Filter {

  private final List<String> conditions = new ArrayList<>();
  private final Map<String, Object> parameters = new HashMap<>();

  /** Adds {@code condition} (which names {@code :parameter}) when {@code value} is present. */
  public Filter with(String condition, String parameter, Optional<?> value) {
    value.ifPresent(
        v -> {
          conditions.add(condition);
          parameters.put(parameter, v);
        });
    return this;
  }

  /** Adds a condition with all the parameters it names. */
  public Filter with(String condition, Map<String, Object> values) {
    conditions.add(condition);
    parameters.putAll(values);
    return this;
  }

  List<String> conditions() {
    return conditions;
  }

  Map<String, Object> parameters() {
    return parameters;
  }
}
