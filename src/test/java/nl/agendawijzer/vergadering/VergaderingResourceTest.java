package nl.agendawijzer.vergadering;

import static io.restassured.RestAssured.given;
import static io.restassured.RestAssured.when;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import nl.agendawijzer.ApiTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class VergaderingResourceTest extends ApiTest {

  @Test
  void servesTheMeetingOfTheReferencePageWithItsVerbatimText() {
    when()
        .get("/v1/vergaderingen/2023-10-12-plenair")
        .then()
        .statusCode(200)
        .body("datum", equalTo("2023-10-12"))
        .body("soort", equalTo("PLENAIR"))
        .body("omschrijving", equalTo("Plenair, besluit."))
        .body("versie", equalTo(1));
  }

  @Test
  void listsAndFiltersMeetings() {
    given()
        .queryParam("soort", "PLENAIR")
        .queryParam("datumTot", "2023-12-31")
        .when()
        .get("/v1/vergaderingen")
        .then()
        .statusCode(200)
        .body("_embedded.vergaderingen.id", hasItem("2023-10-12-plenair"));
    given()
        .queryParam("soort", "CARROUSEL")
        .queryParam("datumVanaf", "2023-10-12")
        .queryParam("datumTot", "2023-10-12")
        .when()
        .get("/v1/vergaderingen")
        .then()
        .statusCode(200)
        .body("_embedded.vergaderingen", empty());
  }

  @Test
  void anUnknownMeetingIsA404() {
    when().get("/v1/vergaderingen/1999-01-01-plenair").then().statusCode(404);
  }
}
