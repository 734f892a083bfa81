package nl.agendawijzer;

import static io.restassured.RestAssured.given;

import java.util.UUID;

/** Keys for tests, made through the API with the test profile's bootstrap key. */
public final class Sleutels {

  /** {@code agendawijzer.bootstrap-key} of the test profile. */
  public static final String BEHEER = "test-only-beheer-sleutel-niet-voor-productie";

  private Sleutels() {}

  /** A new redacteur key; its name is returned by {@link #naam}. */
  public static Sleutel redacteur(String naam) {
    return maak(naam + " " + UUID.randomUUID(), "REDACTEUR");
  }

  public static Sleutel maak(String naam, String rol) {
    String sleutel =
        given()
            .auth()
            .oauth2(BEHEER)
            .contentType("application/json")
            .body("{\"naam\": \"" + naam + "\", \"rol\": \"" + rol + "\"}")
            .post("/v1/sleutels")
            .then()
            .statusCode(201)
            .extract()
            .path("sleutel");
    return new Sleutel(naam, sleutel);
  }

  /** Revokes the key, found by its name in the key list. */
  public static void trekIn(Sleutel sleutel) {
    String id =
        given()
            .auth()
            .oauth2(BEHEER)
            .get("/v1/sleutels")
            .path("_embedded.sleutels.find { it.naam == '" + sleutel.naam() + "' }.id");
    given().auth().oauth2(BEHEER).delete("/v1/sleutels/" + id).then().statusCode(204);
  }

  public record Sleutel(String naam, String sleutel) {}
}
