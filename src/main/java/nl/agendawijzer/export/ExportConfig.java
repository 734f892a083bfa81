package nl.agendawijzer.export;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Positive;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Where export files are written and how many builds and downloads run at once (ADR 0019). */
@ConfigMapping(prefix = "agendawijzer.export")
public interface ExportConfig {

  /** Where the export files go; by default the system's temporary directory. */
  Optional<Path> map();

  /** Builds at once; each holds a database snapshot and a connection until its file is done. */
  @WithDefault("2")
  @Positive
  int maxBouw();

  /**
   * How long a request waits for a free builder, and a build may hold its snapshot; past it, 503
   * with Retry-After.
   */
  @WithDefault("60S")
  Duration bouwLimiet();

  /** Downloads at once; each holds a file handle. */
  @WithDefault("100")
  @Positive
  int maxDownloads();
}
