package nl.agendawijzer.api.paging;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** One page of a list, with the cursors of the pages beside it (empty at either end). */
public record Page<T>(List<T> items, Optional<String> next, Optional<String> prev) {

  public <R> Page<R> map(Function<List<T>, List<R>> mapping) {
    return new Page<>(mapping.apply(items), next, prev);
  }
}
