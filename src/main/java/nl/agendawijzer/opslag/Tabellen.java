package nl.agendawijzer.opslag;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Table names for the SQL this service sends over plain JDBC, past Hibernate (which writes {@code
 * {h-schema}} itself): qualified with the schema each test run gets, bare in production.
 */
@ApplicationScoped
public class Tabellen {

  @ConfigProperty(name = "quarkus.hibernate-orm.database.default-schema")
  Optional<String> schema;

  /** The schema Hibernate uses when one is configured; the server's default otherwise. */
  public Optional<String> schema() {
    return schema;
  }

  public String naam(String tabel) {
    return schema.map(s -> s + ".").orElse("") + tabel;
  }
}
