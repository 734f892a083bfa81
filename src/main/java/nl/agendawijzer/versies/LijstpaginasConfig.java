package nl.agendawijzer.versies;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Positive;

/** The list pages kept in memory. */
@ConfigMapping(prefix = "agendawijzer.lijstpaginas")
public interface LijstpaginasConfig {

  /** How much is kept, in bytes; the least used pages go first. */
  @WithDefault("33554432")
  @Positive
  long maxBytes();
}
