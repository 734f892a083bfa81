package nl.agendawijzer.importeren;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;
import nl.agendawijzer.api.AanOfUit;

/** The Agendawijzer page loaded into an empty database on first start. */
@ConfigMapping(prefix = "agendawijzer.referentiedata")
public interface ReferentiedataConfig {

  /** Off for a database that should start empty, as the benchmarks' does. */
  @WithDefault("true")
  @WithConverter(AanOfUit.class)
  boolean laden();
}
