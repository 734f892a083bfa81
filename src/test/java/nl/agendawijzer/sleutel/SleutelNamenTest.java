package nl.agendawijzer.sleutel;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import nl.agendawijzer.ApiTest;
import nl.agendawijzer.Sleutels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A key's name is the author of its changes: it is one name however it is padded, and no key may
 * pass for the system. The bootstrap key only serves until a beheerder key exists.
 */
@QuarkusTest
class SleutelNamenTest extends ApiTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "referentiedata",
        " Basislijn ",
        "beheer (configuratie)",
        "importeer-map root",
        "importeer-map"
      })
  void namesTheSystemWritesUnderCannotBeTaken(String naam) {
    given()
        .auth()
        .oauth2(Sleutels.BEHEER)
        .contentType("application/json")
        .body("{\"naam\": \"" + naam + "\", \"rol\": \"REDACTEUR\"}")
        .post("/v1/sleutels")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("invalidParams[0].name", equalTo("naam"))
        .body("invalidParams[0].reason", containsString("systeem"));
  }

  @Test
  void namesAreComparedAfterTrimming() {
    Sleutels.maak("Jan Trim", "REDACTEUR");

    given()
        .auth()
        .oauth2(Sleutels.BEHEER)
        .contentType("application/json")
        .body("{\"naam\": \"  Jan Trim \", \"rol\": \"REDACTEUR\"}")
        .post("/v1/sleutels")
        .then()
        .statusCode(400)
        .body("invalidParams[0].name", equalTo("naam"))
        .body("invalidParams[0].reason", containsString("al een sleutel"));
  }

  @Test
  void theBootstrapKeyStopsWorkingOnceABeheerderKeyExistsAndReturnsWhenItIsRevoked() {
    Sleutels.Sleutel beheerder = Sleutels.maak("Beheerder - neemt over", "BEHEERDER");
    String id = null;
    try {
      given()
          .auth()
          .oauth2(Sleutels.BEHEER)
          .get("/v1/sleutels")
          .then()
          .statusCode(401)
          .contentType("application/problem+json")
          .body("detail", containsString("agendawijzer.bootstrap-key"));
      id =
          given()
              .auth()
              .oauth2(beheerder.sleutel())
              .get("/v1/sleutels")
              .then()
              .statusCode(200)
              .extract()
              .path("_embedded.sleutels.find { it.naam == 'Beheerder - neemt over' }.id");
      // The beheerder key does what the bootstrap key did.
      Sleutels.Sleutel redacteur =
          new Sleutels.Sleutel(
              "Redacteur van de beheerder",
              given()
                  .auth()
                  .oauth2(beheerder.sleutel())
                  .contentType("application/json")
                  .body("{\"naam\": \"Redacteur van de beheerder\", \"rol\": \"REDACTEUR\"}")
                  .post("/v1/sleutels")
                  .then()
                  .statusCode(201)
                  .extract()
                  .path("sleutel"));
      given().auth().oauth2(redacteur.sleutel()).get("/v1/sleutels").then().statusCode(403);
    } finally {
      // The recovery the README describes: with no valid beheerder key left, it works again.
      if (id == null) {
        id =
            given()
                .auth()
                .oauth2(beheerder.sleutel())
                .get("/v1/sleutels")
                .then()
                .extract()
                .path("_embedded.sleutels.find { it.naam == 'Beheerder - neemt over' }.id");
      }
      given()
          .auth()
          .oauth2(beheerder.sleutel())
          .delete("/v1/sleutels/" + id)
          .then()
          .statusCode(204);
    }
    given().auth().oauth2(Sleutels.BEHEER).get("/v1/sleutels").then().statusCode(200);
  }
}
