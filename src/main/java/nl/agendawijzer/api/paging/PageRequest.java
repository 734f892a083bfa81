package nl.agendawijzer.api.paging;

import java.util.List;
import java.util.Optional;
import nl.agendawijzer.api.QueryParameters;

/** What a client asked of a list: how many, in what order, and from where ({@code cursor}). */
public record PageRequest<E>(
    int pageSize, String sort, List<Sort.SortKey<E>> keys, Optional<Cursor> cursor) {

  public static final int DEFAULT_PAGE_SIZE = 20;
  public static final int MAX_PAGE_SIZE = 100;

  /** Reads {@code pageSize}, {@code sort} and {@code cursor}; problems go to {@code params}. */
  public static <E> PageRequest<E> read(QueryParameters params, Sort<E> sortable) {
    int pageSize = params.integer("pageSize", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
    String sort = params.text("sort").orElse(sortable.defaultSort());
    List<Sort.SortKey<E>> keys =
        sortable
            .parse(sort)
            .orElseGet(
                () -> {
                  params.reject(
                      "sort",
                      "onbekend of herhaald veld in '"
                          + sort
                          + "'; toegestaan: "
                          + sortable.allowed());
                  return sortable.parse(sortable.defaultSort()).orElseThrow();
                });
    Optional<Cursor> cursor =
        params
            .text("cursor")
            .flatMap(
                raw -> {
                  Optional<Cursor> decoded = Cursor.decode(raw, sort, keys);
                  if (decoded.isEmpty()) {
                    params.reject(
                        "cursor",
                        "is ongeldig of hoort bij een andere sortering; gebruik de"
                            + " links next en prev uit een eerder antwoord");
                  }
                  return decoded;
                });
    return new PageRequest<>(pageSize, sort, keys, cursor);
  }
}
