package nl.agendawijzer;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import org.junit.jupiter.api.Test;

/**
 * The suite runs twice in CI, on H2 and on PostgreSQL: this proves each run used the database it
 * claims, so a misconfigured PostgreSQL run cannot pass silently on H2.
 */
@QuarkusTest
class DatabaseTest {

  @Inject AgroalDataSource dataSource;

  @Test
  void runsOnTheDatabaseTheTestProfileNames() throws Exception {
    String profile = System.getProperty("quarkus.test.profile", "test,h2");
    String expected = profile.contains("postgresql") ? "PostgreSQL" : "H2";
    try (Connection connection = dataSource.getConnection()) {
      assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo(expected);
    }
  }
}
