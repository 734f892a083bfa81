package nl.agendawijzer.api;

import static io.restassured.RestAssured.given;
import static io.restassured.RestAssured.when;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.json.runtime.JsonFormatter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import nl.agendawijzer.ApiTest;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class VerzoekIdTest extends ApiTest {

  private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

  @Test
  void aPlainTokenFromTheClientIsTheRequestIdOfTheAnswerAndItsProblem() {
    given()
        .header("X-Request-ID", "proxy-7f3a.b_9")
        .when()
        .get("/v1/onderwerpen/99999")
        .then()
        .statusCode(404)
        .header("X-Request-ID", "proxy-7f3a.b_9")
        .body("requestId", equalTo("proxy-7f3a.b_9"));
  }

  @Test
  void anythingElseTheClientSendsIsReplacedNeverEchoed() {
    for (String vals :
        new String[] {"a b", "id\"><script>", "x".repeat(65), "regel%0d%0aNep: 1", "é"}) {
      given()
          .header("X-Request-ID", vals)
          .when()
          .get("/v1/onderwerpen/99999")
          .then()
          .statusCode(404)
          .header("X-Request-ID", matchesPattern(UUID))
          .body("requestId", matchesPattern(UUID));
    }
  }

  @Test
  void everyAnswerHasOneAndEachRequestItsOwn() {
    String eerste =
        when().get("/v1/onderwerpen").then().statusCode(200).extract().header("X-Request-ID");
    String tweede =
        when().get("/v1/onderwerpen").then().statusCode(200).extract().header("X-Request-ID");
    assertThat(eerste).matches(UUID);
    assertThat(tweede).matches(UUID).isNotEqualTo(eerste);
  }

  @Test
  void problemsOfTheHttpLayerCarryItToo() {
    // The router's own answers, before JAX-RS (HttpLayerProblemsTest checks those on a socket).
    for (String pad : new String[] {"/v1/onderwerpen/", "/bestaat-niet"}) {
      Response antwoord = when().get(pad);
      antwoord.then().contentType("application/problem+json");
      assertThat(antwoord.header("X-Request-ID")).as(pad).matches(UUID);
      assertThat(antwoord.path("requestId").toString())
          .as(pad)
          .isEqualTo(antwoord.header("X-Request-ID"));
    }
  }

  /**
   * The done-when of issue 12: the problem a client gets names the request id that the JSON log
   * line of its failure shows. The failing resource runs on a worker thread, after the request id
   * was set on the event loop, so this also proves the MDC follows the request there.
   */
  @Test
  void theLogLineOfAFailureCarriesTheRequestIdOfItsProblem() throws Exception {
    List<String> jsonRegels = new CopyOnWriteArrayList<>();
    List<String> draden = new CopyOnWriteArrayList<>();
    JsonFormatter json = new JsonFormatter();
    Handler vanger =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            ExtLogRecord ext = (ExtLogRecord) record;
            draden.add(ext.getThreadName());
            jsonRegels.add(json.format(ext));
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Logger logger = Logger.getLogger(ProblemMappers.class.getName());
    logger.addHandler(vanger);
    Response antwoord;
    try {
      antwoord = when().get("/v1/" + FailingTestResource.PATH);
    } finally {
      logger.removeHandler(vanger);
    }

    antwoord.then().statusCode(500).contentType("application/problem+json");
    String requestId = antwoord.path("requestId");
    assertThat(requestId).matches(UUID).isEqualTo(antwoord.header("X-Request-ID"));
    assertThat(jsonRegels).hasSize(1);
    JsonNode regel = new ObjectMapper().readTree(jsonRegels.get(0));
    assertThat(regel.path("level").asText()).isEqualTo("ERROR");
    assertThat(regel.path("mdc").path("requestId").asText()).isEqualTo(requestId);
    assertThat(draden.get(0)).doesNotContain("eventloop");
  }
}
