package nl.agendawijzer.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;
import java.time.Duration;

/**
 * How fast one client address may read without an editor key (docs/adr/0024): a token bucket per
 * address on each replica, full at {@code capaciteit} and refilled by {@code aanvulling} tokens per
 * {@code periode}.
 */
@ConfigMapping(prefix = "agendawijzer.leeslimiet")
public interface LeeslimietConfig {

  /** Off for benchmarks and scripts that read faster than any client should. */
  @WithDefault("true")
  @WithConverter(AanOfUit.class)
  boolean enabled();

  /** The most reads in one burst, and what an address that has been quiet has. */
  @WithDefault("1200")
  @Min(1)
  long capaciteit();

  /** The tokens given back per {@link #periode()}, spread evenly over it. */
  @WithDefault("1200")
  @Min(1)
  long aanvulling();

  @WithDefault("60s")
  Duration periode();

  /**
   * The most addresses with a bucket of their own: past it the least recently seen lose theirs, so
   * many addresses cannot fill the heap (a bucket and its key take some 300 bytes).
   */
  @WithDefault("10000")
  @Min(1)
  long maxClients();

  /**
   * How old the list of editor keys in memory may be: a key made or revoked on another replica
   * exempts, or stops exempting, at most this much later.
   */
  @WithDefault("30s")
  Duration sleutelsVerversen();
}
