package nl.agendawijzer.versies;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Pages of the lists of versioned resources kept as they were answered, by request URI and origin
 * (docs/adr/0022). A page is served again only while nothing has changed since it was rendered: it
 * carries the {@link HuidigeVersies#generatie() generation} read before its query, and any commit
 * that records a version, on this replica or (through the feed) on another, starts a new
 * generation. So a kept page is exactly what rendering it again would give, and no older than the
 * kept versions' bound. Under a steady stream of writes pages are rendered as before; between
 * writes, the pages portals and crawlers ask for again cost a map lookup.
 */
@ApplicationScoped
public class Lijstpaginas {

  /**
   * The lists whose pages are kept. Each is made of versioned resources only, and depends on
   * nothing but the request and the data: not {@code /fracties}, whose seats are those of today by
   * default, nor the feed, the keys or the versions of a resource.
   */
  static final List<String> PADEN =
      List.of(
          "/v1/onderwerpen",
          "/v1/voorstellen",
          "/v1/stemmingen",
          "/v1/vergaderingen",
          "/v1/documenten",
          "/v1/onderwerpen/:raadsnummer/voorstellen",
          "/v1/onderwerpen/:raadsnummer/doelen",
          "/v1/onderwerpen/:raadsnummer/documenten");

  record Sleutel(String uri, String origin) {}

  /** A page as answered: its JSON and ETag, and the generation read before it was rendered. */
  record Pagina(long generatie, String etag, byte[] json) {}

  @Inject HuidigeVersies huidigeVersies;

  @Inject LijstpaginasConfig config;

  private Cache<Sleutel, Pagina> cache;

  void start(@Observes StartupEvent start) {
    cache =
        Caffeine.newBuilder()
            .maximumWeight(config.maxBytes())
            .<Sleutel, Pagina>weigher((k, p) -> p.json().length + 2 * k.uri().length() + 200)
            .build();
  }

  /** Where the generation is read: before anything of the page is, so a change during it counts. */
  long generatie() {
    return huidigeVersies.generatie();
  }

  /** The page kept for this request if nothing changed since it was rendered. */
  Optional<Pagina> bewaard(Sleutel sleutel) {
    if (cache == null || !huidigeVersies.actueel()) {
      return Optional.empty();
    }
    Pagina pagina = cache.getIfPresent(sleutel);
    if (pagina == null || pagina.generatie() != huidigeVersies.generatie()) {
      return Optional.empty();
    }
    return Optional.of(pagina);
  }

  void bewaar(Sleutel sleutel, Pagina pagina) {
    if (cache != null && pagina.generatie() == huidigeVersies.generatie()) {
      cache.put(sleutel, pagina);
    }
  }
}
