package nl.agendawijzer.voorstel;

import static io.restassured.RestAssured.given;
import static io.restassured.RestAssured.when;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import nl.agendawijzer.ApiTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class VoorstelResourceTest extends ApiTest {

  @Test
  void servesTheMotionWithItsCheckedVote() {
    when()
        .get("/v1/voorstellen/23161.001")
        .then()
        .statusCode(200)
        .body("nummer", equalTo("23161.001"))
        .body("soort", equalTo("ONBEKEND"))
        .body("soortTekst", nullValue())
        .body("titel", equalTo("Doelgericht strijden tegen mensenhandel"))
        .body("onderwerp", equalTo("23161"))
        .body("uitslag", equalTo("AANVAARD"))
        .body("stemmingen", hasSize(1))
        .body("stemmingen[0].id", equalTo("23161.001-2023-10-12"))
        .body("stemmingen[0].datum", equalTo("2023-10-12"))
        .body("stemmingen[0].vergadering", equalTo("2023-10-12-plenair"))
        .body("stemmingen[0].uitslag", equalTo("AANVAARD"))
        .body("stemmingen[0].uitslagTekst", equalTo("AANVAARD"))
        .body("stemmingen[0].voor", equalTo(34))
        .body("stemmingen[0].tegen", equalTo(4))
        .body("stemmingen[0].zetels", equalTo(45))
        .body("stemmingen[0].controle.status", equalTo("OK"))
        .body("stemmingen[0].controle.meldingen", empty())
        .body("versie", equalTo(1))
        .body("_links.self.href", endsWith("/v1/voorstellen/23161.001"))
        .body("_links.onderwerp.href", endsWith("/v1/onderwerpen/23161"));
  }

  @Test
  void servesTheRaadsvoorstelItself() {
    when()
        .get("/v1/voorstellen/23161")
        .then()
        .statusCode(200)
        .body("soort", equalTo("RAADSVOORSTEL"))
        .body("titel", equalTo("Mensenhandel 2023-2024 Almere"))
        .body("uitslag", equalTo("AANVAARD"))
        .body("stemmingen[0].voor", equalTo(38))
        .body("stemmingen[0].tegen", equalTo(0))
        .body("stemmingen[0].controle.status", equalTo("OK"));
  }

  @Test
  void anUnknownNumberIsA404Problem() {
    when()
        .get("/v1/voorstellen/23161.999")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("detail", containsString("23161.999"));
  }

  @Test
  void anUnparsablePageSizeIsA400Problem() {
    given()
        .queryParam("pageSize", "abc")
        .when()
        .get("/v1/voorstellen")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("status", equalTo(400))
        .body("invalidParams.name", contains("pageSize"))
        .body("invalidParams[0].in", equalTo("query"))
        .body("invalidParams[0].reason", containsString("abc"));
  }

  @Test
  void everyBadParameterIsListedInOne400() {
    given()
        .queryParam("pageSize", "101")
        .queryParam("soort", "motie")
        .queryParam("uitslag", "AANGENOMEN")
        .queryParam("datumVanaf", "12-10-2023")
        .queryParam("sort", "-datum")
        .queryParam("cursor", "niet-van-ons")
        .queryParam("pagina", "2")
        .when()
        .get("/v1/voorstellen")
        .then()
        .statusCode(400)
        .body(
            "invalidParams.name",
            containsInAnyOrder(
                "pageSize", "soort", "uitslag", "datumVanaf", "sort", "cursor", "pagina"))
        .body("detail", equalTo("Parameters zijn ongeldig."));
  }

  @Test
  void aDateRangeThatEndsBeforeItStartsIsA400() {
    given()
        .queryParam("datumVanaf", "2023-10-13")
        .queryParam("datumTot", "2023-10-12")
        .when()
        .get("/v1/voorstellen")
        .then()
        .statusCode(400)
        .body("invalidParams.name", contains("datumTot"));
  }

  @Test
  void filtersOnSoortUitslagOnderwerpAndDate() {
    given()
        .queryParam("soort", "RAADSVOORSTEL")
        .queryParam("onderwerp", "23161")
        .when()
        .get("/v1/voorstellen")
        .then()
        .statusCode(200)
        .body("_embedded.voorstellen.nummer", contains("23161"));
    given()
        .queryParam("uitslag", "VERWORPEN")
        .queryParam("onderwerp", "23161")
        .when()
        .get("/v1/voorstellen")
        .then()
        .statusCode(200)
        .body("_embedded.voorstellen", empty());
    given()
        .queryParam("uitslag", "AANVAARD")
        .queryParam("datumVanaf", "2023-10-12")
        .queryParam("datumTot", "2023-10-12")
        .when()
        .get("/v1/voorstellen")
        .then()
        .statusCode(200)
        .body("_embedded.voorstellen.nummer", hasItem("23161.001"))
        .body("_embedded.voorstellen.datum", everyItem(equalTo("2023-10-12")));
    given()
        .queryParam("datumVanaf", "2023-10-13")
        .queryParam("onderwerp", "23161")
        .when()
        .get("/v1/voorstellen")
        .then()
        .statusCode(200)
        .body("_embedded.voorstellen", empty());
  }

  @Test
  void sortsOnTitleDescending() {
    given()
        .queryParam("sort", "-titel")
        .queryParam("onderwerp", "23161")
        .when()
        .get("/v1/voorstellen")
        .then()
        .statusCode(200)
        .body(
            "_embedded.voorstellen.titel",
            contains("Mensenhandel 2023-2024 Almere", "Doelgericht strijden tegen mensenhandel"));
  }

  @Test
  void aSinglePageHasNoNextOrPrevLink() {
    given()
        .queryParam("onderwerp", "23161")
        .when()
        .get("/v1/voorstellen")
        .then()
        .statusCode(200)
        .body("_links.next", nullValue())
        .body("_links.prev", nullValue())
        .body("_embedded.voorstellen", not(empty()));
  }
}
