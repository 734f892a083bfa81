package nl.agendawijzer.api;

import static io.restassured.RestAssured.given;
import static io.restassured.RestAssured.when;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import nl.agendawijzer.ApiTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HttpConventionsTest extends ApiTest {

  @Test
  void everyResponseCarriesApiVersionAndSecurityHeaders() {
    for (String path :
        new String[] {"/v1/onderwerpen", "/v1/onderwerpen/99999", "/bestaat-niet", "/q/metrics"}) {
      ValidatableResponse response = when().get(path).then();
      response
          .header("API-Version", notNullValue())
          .header("X-Content-Type-Options", "nosniff")
          .header("X-Frame-Options", "DENY")
          .header("Content-Security-Policy", "frame-ancestors 'none'")
          .header("Strict-Transport-Security", startsWith("max-age="));
    }
  }

  /**
   * Nothing tells a scanner which server or framework version to try its exploits on; the answers
   * of the HTTP layer itself are checked in {@link HttpLayerProblemsTest}.
   */
  @Test
  void noResponseNamesTheServerOrItsVersion() {
    ValidatableResponse[] responses = {
      when().get("/v1/onderwerpen").then().statusCode(200),
      when().get("/v1/onderwerpen/99999").then().statusCode(404),
      when().get("/bestaat-niet").then().statusCode(404),
    };
    for (ValidatableResponse response : responses) {
      for (String header : HttpLayerProblemsTest.VERRADEN) {
        response.header(header, nullValue());
      }
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
        .header("Access-Control-Expose-Headers", containsString("API-Version"))
        .header("Access-Control-Expose-Headers", containsString("X-Request-ID"));
  }

  @Test
  void aWildcardSubtypeIsAnsweredInTheFormatItCovers() {
    for (String path : new String[] {"/v1/voorstellen/23161.001", "/v1/voorstellen"}) {
      given()
          .accept("application/*")
          .when()
          .get(path)
          .then()
          .statusCode(200)
          .contentType(startsWith("application/json"));
      given()
          .accept("text/*;q=0.9, application/json;q=0.1")
          .when()
          .get(path)
          .then()
          .statusCode(200)
          .contentType(startsWith("text/csv"));
    }
    given().accept("text/*").when().get("/v1/raad").then().statusCode(406);
  }

  @Test
  void lastModifiedIsAnImfFixdateWithATwoDigitDay() {
    String imfFixdate = "[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT";
    // The kept version on the event loop, and the same resource through JAX-RS (CSV).
    for (String accept : new String[] {"application/json", "text/csv"}) {
      given()
          .accept(accept)
          .when()
          .get("/v1/voorstellen/23161.001")
          .then()
          .statusCode(200)
          .header("Last-Modified", matchesPattern(imfFixdate));
    }
    assertEquals(
        "Mon, 07 Dec 2026 09:04:05 GMT",
        ConditionalRequests.httpDate(java.time.Instant.parse("2026-12-07T09:04:05Z")));
  }

  @Test
  void acceptRangesAreSpelledOutKeepingTheirParameters() {
    assertEquals(
        "application/json;q=0.5, application/x-ndjson;q=0.5, text/csv, */*;q=0.1",
        HttpConventions.zonderJokerSubtype("application/*;q=0.5, TEXT/*, */*;q=0.1"));
    assertEquals("application/json", HttpConventions.zonderJokerSubtype("application/json"));
  }
}
