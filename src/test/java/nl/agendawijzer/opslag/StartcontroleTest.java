package nl.agendawijzer.opslag;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * The one-row checks with which the start-up observers skip their work on a restart read the
 * service's own tables (in the test schema on PostgreSQL) and tell "a row" from "none". That an
 * observer still does its work when there is work is tested with each observer's own work
 * (ReferentieDataTest, FractieUitslagTest).
 */
@QuarkusTest
class StartcontroleTest {

  @Inject Startcontrole startcontrole;

  @Test
  void aTableWithTheReferenceDataHasARow() {
    assertThat(startcontrole.heeftRij("onderwerp")).isTrue();
    assertThat(startcontrole.heeftRij("revisie")).isTrue();
    assertThat(startcontrole.heeftRij("zoekdocument")).isTrue();
  }

  @Test
  void aConditionNoRowMeetsFindsNone() {
    assertThat(startcontrole.heeftRij("onderwerp", "raadsnummer = 'bestaat-niet'")).isFalse();
  }
}
