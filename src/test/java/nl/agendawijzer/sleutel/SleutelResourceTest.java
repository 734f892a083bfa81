package nl.agendawijzer.sleutel;

import static io.restassured.RestAssured.given;
import static io.restassured.RestAssured.when;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import nl.agendawijzer.ApiTest;
import nl.agendawijzer.Sleutels;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SleutelResourceTest extends ApiTest {

  @Test
  void theConfiguredBeheerKeyMakesARedacteurKeyShownOnce() {
    ExtractableResponse<Response> made =
        given()
            .auth()
            .oauth2(Sleutels.BEHEER)
            .contentType("application/json")
            .body("{\"naam\": \"Griffie - eenmalig\", \"rol\": \"REDACTEUR\"}")
            .post("/v1/sleutels")
            .then()
            .statusCode(201)
            .header("Location", containsString("/v1/sleutels/"))
            .body("naam", equalTo("Griffie - eenmalig"))
            .body("rol", equalTo("REDACTEUR"))
            .body("sleutel", startsWith("aw_"))
            .extract();

    given()
        .auth()
        .oauth2(Sleutels.BEHEER)
        .get("/v1/sleutels")
        .then()
        .statusCode(200)
        .body("_embedded.sleutels.naam", hasItem("Griffie - eenmalig"))
        .body("_embedded.sleutels[0]", not(org.hamcrest.Matchers.hasKey("sleutel")))
        .body(not(containsString(made.path("sleutel").toString())));
  }

  @Test
  void withoutAKeyManagingKeysIs401WithABearerChallenge() {
    when()
        .get("/v1/sleutels")
        .then()
        .statusCode(401)
        .header("WWW-Authenticate", "Bearer")
        .contentType("application/problem+json")
        .body("status", equalTo(401));
  }

  @Test
  void anUnknownKeyIs401() {
    given()
        .auth()
        .oauth2("aw_verzonnen")
        .get("/v1/sleutels")
        .then()
        .statusCode(401)
        .body("detail", containsString("onbekend"));
  }

  @Test
  void aRedacteurKeyMayNotManageKeys() {
    Sleutels.Sleutel redacteur = Sleutels.redacteur("Redacteur zonder beheer");

    given()
        .auth()
        .oauth2(redacteur.sleutel())
        .get("/v1/sleutels")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
  }

  @Test
  void aRevokedKeyNoLongerWorks() {
    Sleutels.Sleutel beheerder = Sleutels.maak("Tijdelijke beheerder", "BEHEERDER");
    String id =
        given()
            .auth()
            .oauth2(beheerder.sleutel())
            .get("/v1/sleutels")
            .then()
            .statusCode(200)
            .extract()
            .path("_embedded.sleutels.find { it.naam == 'Tijdelijke beheerder' }.id");

    // A beheerder may revoke its own key; the bootstrap key is retired while it is valid.
    given().auth().oauth2(beheerder.sleutel()).delete("/v1/sleutels/" + id).then().statusCode(204);

    given().auth().oauth2(beheerder.sleutel()).get("/v1/sleutels").then().statusCode(401);
    given()
        .auth()
        .oauth2(Sleutels.BEHEER)
        .get("/v1/sleutels")
        .then()
        .body(
            "_embedded.sleutels.find { it.naam == 'Tijdelijke beheerder' }.ingetrokkenOp",
            notNullValue());
  }

  @Test
  void everyProblemWithTheRequestIsOne400() {
    given()
        .auth()
        .oauth2(Sleutels.BEHEER)
        .contentType("application/json")
        .body("{\"naam\": \" \", \"rol\": null}")
        .post("/v1/sleutels")
        .then()
        .statusCode(400)
        .body("invalidParams.name", org.hamcrest.Matchers.containsInAnyOrder("naam", "rol"));
    given()
        .auth()
        .oauth2(Sleutels.BEHEER)
        .contentType("application/json")
        .body("{\"naam\": \"x\", \"rol\": \"ADMIN\"}")
        .post("/v1/sleutels")
        .then()
        .statusCode(400)
        .body("invalidParams[0].name", equalTo("rol"));
    given()
        .auth()
        .oauth2(Sleutels.BEHEER)
        .contentType("application/json")
        .body("{niet json")
        .post("/v1/sleutels")
        .then()
        .statusCode(400)
        .body("invalidParams[0].reason", containsString("JSON"));
  }

  @Test
  void aNameIsUnique() {
    Sleutels.maak("Dubbele naam", "REDACTEUR");

    given()
        .auth()
        .oauth2(Sleutels.BEHEER)
        .contentType("application/json")
        .body("{\"naam\": \"Dubbele naam\", \"rol\": \"REDACTEUR\"}")
        .post("/v1/sleutels")
        .then()
        .statusCode(400)
        .body("invalidParams[0].name", equalTo("naam"));
  }

  @Test
  void readsStayPublicEvenWithAWrongKey() {
    given()
        .auth()
        .oauth2("aw_verzonnen")
        .get("/v1/onderwerpen/23161")
        .then()
        .statusCode(200)
        .body("_links.self.href", endsWith("/v1/onderwerpen/23161"));
  }
}
