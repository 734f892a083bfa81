package nl.agendawijzer.opslag;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The connections the service writes with commit durably (ADR 0020), on whichever database the
 * suite runs; and the check names each setting that would lose acknowledged writes. That a kill -9
 * loses nothing is proven against the packaged jar by .ci/kill-smoke.
 */
@QuarkusTest
class DuurzaamheidTest {

  @Inject Duurzaamheid duurzaamheid;

  @Test
  void theServicesConnectionsCommitDurably() {
    Map<String, String> instellingen = duurzaamheid.instellingen();
    assertThat(Duurzaamheid.bezwaren(instellingen)).isEmpty();
    if (instellingen.get("database").equals("H2")) {
      assertThat(instellingen).containsEntry("WRITE_DELAY", "0");
    } else {
      assertThat(instellingen).containsEntry("synchronous_commit", "on");
    }
  }

  @Test
  void settingsThatTradeDurabilityForSpeedAreNamed() {
    assertThat(Duurzaamheid.bezwaren(Map.of("database", "H2", "WRITE_DELAY", "500")))
        .singleElement()
        .asString()
        .contains("WRITE_DELAY is 500");
    assertThat(
            Duurzaamheid.bezwaren(
                Map.of("database", "PostgreSQL", "fsync", "off", "synchronous_commit", "off")))
        .hasSize(2);
    assertThat(
            Duurzaamheid.bezwaren(
                Map.of("database", "PostgreSQL", "fsync", "on", "synchronous_commit", "local")))
        .isEmpty();
  }
}
