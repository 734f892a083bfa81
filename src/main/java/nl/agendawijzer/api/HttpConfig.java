package nl.agendawijzer.api;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Positive;

/**
 * The request line and headers this API reads: over them, 414 and 431 in problem+json. Netty's own
 * limits ({@code quarkus.http.limits.max-initial-line-length} and {@code max-header-size}) are set
 * higher, so that a longer request still reaches the router that explains the refusal; past those
 * Netty answers with an empty 414/431 (docs/adr/0017).
 */
@ConfigMapping(prefix = "agendawijzer.http")
public interface HttpConfig {

  @WithDefault("4096")
  @Positive
  int maxRequestLine();

  @WithDefault("20K")
  MemorySize maxHeaders();
}
