package nl.agendawijzer.importeren;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Positive;

/**
 * What one import may cost (POST /v1/importeren and the folder command). A request body is bounded
 * by {@code quarkus.http.limits.max-body-size} (a batch of pages); this bounds one page in it.
 */
@ConfigMapping(prefix = "agendawijzer.import")
public interface ImportConfig {

  /** The largest page; a larger one answers 413 problem+json. */
  @WithDefault("1M")
  MemorySize maxPagina();

  /**
   * The longest line of a page, in characters: a longer line refuses the page (400 naming the line,
   * GEWEIGERD in a batch or folder import), so no parser step runs over an unbounded line.
   */
  @WithDefault("10000")
  @Positive
  int maxRegel();

  /** How many pages of the folder command share a transaction. */
  @WithDefault("25")
  @Positive
  int paginasPerTransactie();
}
