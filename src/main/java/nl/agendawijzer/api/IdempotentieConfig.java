package nl.agendawijzer.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long the first answer to an Idempotency-Key is kept (and the key cannot be reused). */
@ConfigMapping(prefix = "agendawijzer.idempotentie")
public interface IdempotentieConfig {

  /** A retry after this time creates again; records older than this are purged. */
  @WithDefault("24h")
  Duration bewaartijd();

  /** How often expired answers are deleted. */
  @WithDefault("1h")
  Duration opruimenElke();

  /** When that clean-up first runs after a start: not at it, to keep the start short (ADR 0022). */
  @WithDefault("30s")
  Duration opruimenNaStart();
}
