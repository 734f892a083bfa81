package nl.agendawijzer.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import nl.agendawijzer.api.paging.Page;

/**
 * A list in HAL form: {@code {"_links": {self, next, prev}, "_embedded": {"<name>": [...]}}}, the
 * one shape every list of this API has.
 */
public record CollectionBody(
    @JsonProperty("_links") CollectionLinks links,
    @JsonProperty("_embedded") Map<String, List<?>> embedded) {

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record CollectionLinks(Link self, Link next, Link prev, Link vervolg) {}

  /** A whole (unpaged) list, such as the doelen of one onderwerp. */
  public static CollectionBody of(Links links, String name, List<?> items) {
    return new CollectionBody(
        new CollectionLinks(links.self(), null, null, null), Map.of(name, items));
  }

  public static CollectionBody of(Links links, String name, Page<?> page) {
    return new CollectionBody(
        new CollectionLinks(
            links.self(),
            page.next().map(links::withCursor).orElse(null),
            page.prev().map(links::withCursor).orElse(null),
            null),
        Map.of(name, page.items()));
  }

  /**
   * This list with {@code vervolg}: where a client that mirrors it resumes later, missing nothing
   * committed after this answer (see Revisies and docs/adr/0015-feed-in-commitvolgorde.md).
   */
  public CollectionBody metVervolg(java.util.Optional<Link> vervolg) {
    return vervolg.map(this::metVervolg).orElse(this);
  }

  public CollectionBody metVervolg(Link vervolg) {
    return new CollectionBody(
        new CollectionLinks(links.self(), links.next(), links.prev(), vervolg), embedded);
  }
}
