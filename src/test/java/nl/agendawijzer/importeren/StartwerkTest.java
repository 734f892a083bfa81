package nl.agendawijzer.importeren;

import static io.restassured.RestAssured.when;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.agendawijzer.onderwerp.OnderwerpRepository;
import org.junit.jupiter.api.Test;

/**
 * Replicas that start at once on an empty database load the reference data once (docs/adr/0025):
 * the start-up job of two replicas, run from two threads at the same moment on an empty schema of
 * its own. Without the start-up lock both find the database empty and the second fails on the
 * primary key of the onderwerp the first is storing.
 */
@QuarkusTest
@TestProfile(StartwerkTest.LegeDatabase.class)
class StartwerkTest {

  /** A schema of its own, left empty on start, so the test is the first to load the page. */
  public static class LegeDatabase implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      String schema = System.getenv().getOrDefault("AGENDAWIJZER_TEST_SCHEMA", "agendawijzer_test");
      return Map.of(
          "agendawijzer.referentiedata.laden",
          "false",
          "quarkus.flyway.schemas",
          schema + "_leeg",
          "quarkus.hibernate-orm.database.default-schema",
          schema + "_leeg");
    }
  }

  @Inject ReferentieData referentieData;
  @Inject OnderwerpRepository onderwerpen;

  @Test
  void twoStartsAtOnceOnAnEmptyDatabaseLoadTheReferenceDataOnce() throws Exception {
    assertThat(onderwerpen.count()).isZero();
    ExecutorService replicas = Executors.newFixedThreadPool(2);
    CyclicBarrier tegelijk = new CyclicBarrier(2);
    List<Future<?>> starts = new ArrayList<>();
    try {
      for (int i = 0; i < 2; i++) {
        starts.add(
            replicas.submit(
                () -> {
                  tegelijk.await();
                  referentieData.laadAlsLeeg();
                  return null;
                }));
      }
      for (Future<?> start : starts) {
        start.get(2, TimeUnit.MINUTES);
      }
    } finally {
      replicas.shutdownNow();
    }

    assertThat(onderwerpen.count()).isEqualTo(1);
    when().get("/v1/onderwerpen/23161").then().statusCode(200).body("versie", equalTo(1));
  }
}
