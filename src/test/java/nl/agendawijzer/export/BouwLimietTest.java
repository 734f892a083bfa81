package nl.agendawijzer.export;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import nl.agendawijzer.ApiTest;
import org.junit.jupiter.api.Test;

/**
 * No export holds its snapshot past the build limit: with a limit of zero a build of thousands of
 * rows is given up (503, Retry-After) and its connection returned, while a small one still fits.
 */
@QuarkusTest
@TestProfile(BouwLimietTest.GeenBouwtijd.class)
class BouwLimietTest extends ApiTest {

  public static class GeenBouwtijd implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("agendawijzer.export.bouw-limiet", "0S");
    }
  }

  @Inject AgroalDataSource dataSource;

  @Test
  void aBuildOverTheLimitIs503AndReleasesItsConnection() throws Exception {
    LangzameLezersTest.voegStemmingenToe(dataSource, 5_000);

    given()
        .get("/v1/exports/stemmingen.csv")
        .then()
        .statusCode(503)
        .contentType("application/problem+json")
        .header("Retry-After", equalTo("10"))
        .body("detail", containsString("agendawijzer.export.bouw-limiet"));
    // Under the first check (every 1000 rows) a small export is built all the same.
    given().get("/v1/exports/onderwerpen.csv").then().statusCode(200);
    // The abandoned build gave its connection back, and its builder slot.
    given().get("/v1/onderwerpen/23161").then().statusCode(200);
    // The builder slots were released: more builds than slots each fail on the limit itself.
    for (int i = 0; i < 3; i++) {
      given()
          .get("/v1/exports/stemmingen.ndjson")
          .then()
          .statusCode(503)
          .body("detail", containsString("agendawijzer.export.bouw-limiet"));
    }
  }
}
