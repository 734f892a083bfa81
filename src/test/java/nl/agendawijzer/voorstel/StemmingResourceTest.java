package nl.agendawijzer.voorstel;

import static io.restassured.RestAssured.given;
import static io.restassured.RestAssured.when;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import io.quarkus.test.junit.QuarkusTest;
import nl.agendawijzer.ApiTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StemmingResourceTest extends ApiTest {

  @Test
  void servesOneVoteWithSeatsAndCheck() {
    when()
        .get("/v1/stemmingen/23161-2023-10-12")
        .then()
        .statusCode(200)
        .body("voorstel", equalTo("23161"))
        .body("voor", equalTo(38))
        .body("tegen", equalTo(0))
        .body("zetels", equalTo(45))
        .body("controle.status", equalTo("OK"))
        .body("_links.voorstel.href", endsWith("/v1/voorstellen/23161"))
        .body("_links.vergadering.href", endsWith("/v1/vergaderingen/2023-10-12-plenair"));
  }

  @Test
  void filtersOnVoorstelUitslagAndDates() {
    given()
        .queryParam("voorstel", "23161.001")
        .queryParam("uitslag", "AANVAARD")
        .queryParam("datumVanaf", "2023-10-12")
        .queryParam("datumTot", "2023-10-12")
        .when()
        .get("/v1/stemmingen")
        .then()
        .statusCode(200)
        .body("_embedded.stemmingen.id", contains("23161.001-2023-10-12"))
        .body("_embedded.stemmingen.controle.status", everyItem(equalTo("OK")));
  }

  @Test
  void anUnknownIdIsA404() {
    when().get("/v1/stemmingen/23161-1999-01-01").then().statusCode(404);
  }
}
