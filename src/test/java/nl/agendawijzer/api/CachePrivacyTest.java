package nl.agendawijzer.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import nl.agendawijzer.ApiTest;
import nl.agendawijzer.Sleutels;
import org.junit.jupiter.api.Test;

/** Only anonymous reads may sit in a shared cache; a reflected CORS origin varies the answer. */
@QuarkusTest
class CachePrivacyTest extends ApiTest {

  @Test
  void theKeyListIsPrivateAndNeverStored() {
    given()
        .auth()
        .oauth2(Sleutels.BEHEER)
        .get("/v1/sleutels")
        .then()
        .statusCode(200)
        .header("Cache-Control", equalTo("private, no-store"));
  }

  @Test
  void aReadWithAKeyIsPrivateAnAnonymousReadIsPublic() {
    Sleutels.Sleutel redacteur = Sleutels.redacteur("Cache - lezer");
    String etag =
        given()
            .get("/v1/onderwerpen/23161")
            .then()
            .statusCode(200)
            .header("Cache-Control", equalTo("public, max-age=60"))
            .extract()
            .header("ETag");
    given()
        .auth()
        .oauth2(redacteur.sleutel())
        .get("/v1/onderwerpen/23161")
        .then()
        .statusCode(200)
        .header("Cache-Control", equalTo("private, no-store"));
    // A revalidation with credentials is no more public than the answer it revalidates.
    given()
        .auth()
        .oauth2(redacteur.sleutel())
        .header("If-None-Match", etag)
        .get("/v1/onderwerpen/23161")
        .then()
        .statusCode(304)
        .header("Cache-Control", equalTo("private, no-store"));
    given()
        .auth()
        .oauth2(redacteur.sleutel())
        .get("/v1/exports/onderwerpen.csv")
        .then()
        .statusCode(200)
        .header("Cache-Control", equalTo("private, no-store"));
    given()
        .get("/v1/exports/onderwerpen.csv")
        .then()
        .statusCode(200)
        .header("Cache-Control", equalTo("public, max-age=60"));
  }

  @Test
  void aReflectedOriginVariesTheAnswer() {
    given()
        .header("Origin", "https://portaal.example.org")
        .header("Access-Control-Request-Method", "GET")
        .options("/v1/onderwerpen")
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", "https://portaal.example.org")
        .header("Vary", containsString("Origin"));
    given()
        .header("Origin", "https://portaal.example.org")
        .get("/v1/onderwerpen/23161")
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", "https://portaal.example.org")
        .header("Vary", containsString("Origin"))
        .header("Vary", containsString("Accept"));
    given()
        .header("Origin", "https://ander.example.org")
        .get("/v1/exports/onderwerpen.csv")
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", "https://ander.example.org")
        .header("Vary", containsString("Origin"))
        .header("Vary", containsString("Accept-Encoding"));
  }
}
