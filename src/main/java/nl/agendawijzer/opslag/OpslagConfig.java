package nl.agendawijzer.opslag;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Where the embedded H2 database keeps its file. Only the JDBC URL in application.properties reads
 * it ({@code ${agendawijzer.data-dir}}); it is declared here so that its default has one place and
 * Quarkus, which rejects an {@code agendawijzer.*} property in a file that no mapping declares,
 * knows it.
 */
@ConfigMapping(prefix = "agendawijzer")
public interface OpslagConfig {

  @WithDefault("./data")
  String dataDir();
}
