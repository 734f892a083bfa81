package nl.agendawijzer.versies;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Positive;
import java.time.Duration;

/** The current versions kept in memory (docs/adr/0022). */
@ConfigMapping(prefix = "agendawijzer.huidige-versies")
public interface HuidigeVersiesConfig {

  /** How much JSON is kept, in bytes; the least used entries go first. */
  @WithDefault("67108864")
  @Positive
  long maxBytes();

  /** How often the feed is read for changes made by other replicas. */
  @WithDefault("200ms")
  Duration volgInterval();

  /** How far behind the feed the memory may be before a read goes to the database instead. */
  @WithDefault("1s")
  Duration hoogstensAchter();
}
