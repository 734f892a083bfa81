package nl.agendawijzer.api;

import static io.restassured.RestAssured.given;
import static io.restassured.RestAssured.when;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import nl.agendawijzer.ApiTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HttpConventionsTest extends ApiTest {

  @Test
  void everyResponseCarriesApiVersionAndSecurityHeaders() {
    for (String path :
        new String[] {"/v1/onderwerpen", "/v1/onderwerpen/99999", "/bestaat-niet", "/q/health"}) {
      ValidatableResponse response = when().get(path).then();
      response
          .header("API-Version", notNullValue())
          .header("X-Content-Type-Options", "nosniff")
          .header("X-Frame-Options", "DENY")
          .header("Content-Security-Policy", "frame-ancestors 'none'")
          .header("Strict-Transport-Security", startsWith("max-age="));
    }
  }

  @Test
  void aPathOutsideTheApiIsA404Problem() {
    when()
        .get("/bestaat-niet")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("status", equalTo(404))
        .body("instance", equalTo("/bestaat-niet"));
  }

  @Test
  void anUnknownPathInsideTheApiIsA404Problem() {
    when()
        .get("/v1/moties")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("detail", containsString("openapi.json"));
  }

  @Test
  void aMethodTheApiDoesNotOfferIsA405Problem() {
    when()
        .delete("/v1/raad")
        .then()
        .statusCode(405)
        .contentType("application/problem+json")
        .body("status", equalTo(405));
  }

  @Test
  void aFormatTheApiDoesNotServeIsA406Problem() {
    given()
        .accept("application/xml")
        .when()
        .get("/v1/raad")
        .then()
        .statusCode(406)
        .contentType("application/problem+json")
        .body("detail", containsString("application/json"));
  }

  @Test
  void anUnexpectedFailureIsA500ProblemWithAnIncidentAndNoStackTrace() {
    when()
        .get("/v1/" + FailingTestResource.PATH)
        .then()
        .statusCode(500)
        .contentType("application/problem+json")
        .body("instance", startsWith("urn:uuid:"))
        .body("detail", containsString("incident"))
        .body(not(containsString(FailingTestResource.SECRET)))
        .body(not(containsString("Exception")))
        .body(not(containsString("\tat ")));
  }

  @Test
  void corsIsOpenForReads() {
    given()
        .header("Origin", "https://portaal.example.org")
        .header("Access-Control-Request-Method", "GET")
        .when()
        .options("/v1/onderwerpen")
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", "https://portaal.example.org")
        .header("Access-Control-Allow-Methods", containsString("GET"));
    given()
        .header("Origin", "https://portaal.example.org")
        .when()
        .get("/v1/onderwerpen/23161")
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", "https://portaal.example.org")
        .header("Access-Control-Expose-Headers", containsString("API-Version"));
  }

  @Test
  void healthAndPrometheusMetricsAreServed() {
    when().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
    when().get("/v1/onderwerpen/23161").then().statusCode(200);
    when()
        .get("/q/metrics")
        .then()
        .statusCode(200)
        .body(containsString("http_server_requests_seconds_count"));
  }
}
