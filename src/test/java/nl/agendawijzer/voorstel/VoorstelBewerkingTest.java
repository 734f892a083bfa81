package nl.agendawijzer.voorstel;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.concurrent.atomic.AtomicInteger;
import nl.agendawijzer.ApiTest;
import nl.agendawijzer.Sleutels;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class VoorstelBewerkingTest extends ApiTest {

  private static final AtomicInteger NUMMERS = new AtomicInteger(95000);
  private static Sleutels.Sleutel redacteur;

  @BeforeEach
  void sleutel() {
    if (redacteur == null) {
      redacteur = Sleutels.redacteur("Griffie - voorstellen");
    }
  }

  private static RequestSpecification alsRedacteur() {
    return given().auth().oauth2(redacteur.sleutel()).contentType("application/json");
  }

  /** A new onderwerp with one motie under it; returns the motie's number. */
  private static String motie() {
    String nr = String.valueOf(NUMMERS.incrementAndGet());
    alsRedacteur()
        .body("{\"raadsnummer\": \"" + nr + "\", \"titel\": \"Onderwerp " + nr + "\"}")
        .post("/v1/onderwerpen")
        .then()
        .statusCode(201);
    String nummer = nr + ".001";
    alsRedacteur()
        .body(
            "{\"nummer\": \"%s\", \"soort\": \"MOTIE\", \"soortTekst\": \"Motie:\", \"titel\": \"Bankjes\", \"onderwerp\": \"%s\"}"
                .formatted(nummer, nr))
        .post("/v1/voorstellen")
        .then()
        .statusCode(201)
        .header("ETag", "\"1\"")
        .body("soort", equalTo("MOTIE"))
        .body("stemmingen", hasSize(0));
    return nummer;
  }

  private static String stem(String nummer, String datum, String uitslag, int voor, int tegen) {
    return alsRedacteur()
        .body(
            "{\"voorstel\": \"%s\", \"datum\": \"%s\", \"uitslagTekst\": \"%s\", \"voor\": %d, \"tegen\": %d}"
                .formatted(nummer, datum, uitslag, voor, tegen))
        .post("/v1/stemmingen")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  @Test
  void aVoteIsCheckedAndMakesANewVersionOfItsVoorstel() {
    String nummer = motie();

    String id = stem(nummer, "2024-04-18", "VERWORPEN", 31, 9);

    given()
        .get("/v1/stemmingen/" + id)
        .then()
        .body("id", equalTo(nummer + "-2024-04-18"))
        .body("uitslag", equalTo("VERWORPEN"))
        .body("controle.status", equalTo("AFWIJKING"))
        .body("controle.meldingen[0].code", equalTo("UITSLAG_STRIJDIG_MET_STEMMEN"));
    given()
        .get("/v1/voorstellen/" + nummer)
        .then()
        .body("versie", equalTo(2))
        .body("uitslag", equalTo("VERWORPEN"))
        .body("stemmingen.id", contains(id));
    given()
        .get("/v1/voorstellen/" + nummer + "/versies")
        .then()
        .body("_embedded.versies.soort", contains("TOEGEVOEGD", "GEWIJZIGD"))
        .body("_embedded.versies[1].auteur", equalTo(redacteur.naam()));
  }

  @Test
  void aTieVotedAgainLaterEndsWithTheLaterOutcome() {
    String nummer = motie();
    stem(nummer, "2024-04-18", "STEMMEN STAKEN", 21, 21);
    stem(nummer, "2024-05-16", "AANVAARD", 22, 20);

    given()
        .get("/v1/voorstellen/" + nummer)
        .then()
        .body("uitslag", equalTo("AANVAARD"))
        .body("datum", equalTo("2024-05-16"))
        .body("stemmingen.uitslag", contains("STEMMEN_STAKEN", "AANVAARD"));
  }

  @Test
  void correctingTheNumbersRecomputesTheCheck() {
    String nummer = motie();
    String id = stem(nummer, "2024-04-18", "VERWORPEN", 31, 9);

    alsRedacteur()
        .contentType("application/merge-patch+json")
        .header("If-Match", "\"1\"")
        .body("{\"voor\": 9, \"tegen\": 31}")
        .patch("/v1/stemmingen/" + id)
        .then()
        .statusCode(200)
        .header("ETag", "\"2\"")
        .body("controle.status", equalTo("OK"));
  }

  @Test
  void votesAreCheckedAgainstTheDomainInOne400() {
    String nummer = motie();

    alsRedacteur()
        .body(
            "{\"voorstel\": \"%s\", \"datum\": \"2024-04-18\", \"vergadering\": \"1999-01-01-plenair\", \"voor\": 40, \"tegen\": 10}"
                .formatted(nummer))
        .post("/v1/stemmingen")
        .then()
        .statusCode(400)
        .body("invalidParams.name", containsInAnyOrder("vergadering", "voor"))
        .body("invalidParams.find { it.name == 'voor' }.reason", containsString("45 zetels"));
    alsRedacteur()
        .body("{\"voorstel\": \"99999.999\", \"voor\": -1}")
        .post("/v1/stemmingen")
        .then()
        .statusCode(400)
        .body("invalidParams.name", containsInAnyOrder("voorstel", "voor"));
  }

  @Test
  void aDeletedVoorstelIsGoneWithItsVotesAndTheFeedHoldsTombstones() {
    String nummer = motie();
    String id = stem(nummer, "2024-04-18", "AANVAARD", 30, 10);

    alsRedacteur()
        .header("If-Match", "\"1\"")
        .delete("/v1/voorstellen/" + nummer)
        .then()
        .statusCode(412);
    alsRedacteur()
        .header("If-Match", "\"2\"")
        .delete("/v1/voorstellen/" + nummer)
        .then()
        .statusCode(204);

    given()
        .get("/v1/voorstellen/" + nummer)
        .then()
        .statusCode(410)
        .contentType("application/problem+json");
    given().get("/v1/stemmingen/" + id).then().statusCode(410);
    given()
        .queryParam("pageSize", 100)
        .queryParam("gewijzigdSinds", "2000-01-01T00:00:00Z")
        .get("/v1/wijzigingen?type=VOORSTEL")
        .then()
        .statusCode(200);
    given()
        .get("/v1/voorstellen/" + nummer + "/versies")
        .then()
        .body("_embedded.versies.soort", contains("TOEGEVOEGD", "GEWIJZIGD", "VERWIJDERD"));
  }

  @Test
  void aVoorstelUnderAnUnknownOnderwerpIsA400() {
    alsRedacteur()
        .body("{\"nummer\": \"95999.001\", \"onderwerp\": \"95999\"}")
        .post("/v1/voorstellen")
        .then()
        .statusCode(400)
        .body("invalidParams[0].name", equalTo("onderwerp"));
  }

  @Test
  void aMeetingIsWrittenAndCannotBeDeletedWhileInUse() {
    alsRedacteur()
        .body(
            "{\"datum\": \"2031-01-09\", \"soort\": \"CARROUSEL\", \"omschrijving\": \"Carrousel\"}")
        .post("/v1/vergaderingen")
        .then()
        .statusCode(201)
        .body("id", equalTo("2031-01-09-carrousel"))
        .body("herkomst", nullValue());
    alsRedacteur()
        .header("If-Match", "\"1\"")
        .body(
            "{\"datum\": \"2031-01-09\", \"soort\": \"CARROUSEL\", \"omschrijving\": \"Carrousel, voortzetting\"}")
        .put("/v1/vergaderingen/2031-01-09-carrousel")
        .then()
        .statusCode(200)
        .body("versie", equalTo(2));
    alsRedacteur()
        .header("If-Match", "\"2\"")
        .body("{\"datum\": \"2031-01-10\", \"soort\": \"CARROUSEL\", \"omschrijving\": \"x\"}")
        .put("/v1/vergaderingen/2031-01-09-carrousel")
        .then()
        .statusCode(400)
        .body("invalidParams[0].name", equalTo("datum"));
    alsRedacteur()
        .header("If-Match", "\"1\"")
        .delete("/v1/vergaderingen/2023-10-12-plenair")
        .then()
        .statusCode(409);
    alsRedacteur()
        .header("If-Match", "\"2\"")
        .delete("/v1/vergaderingen/2031-01-09-carrousel")
        .then()
        .statusCode(204);
    given().get("/v1/vergaderingen/2031-01-09-carrousel").then().statusCode(410);
  }
}
