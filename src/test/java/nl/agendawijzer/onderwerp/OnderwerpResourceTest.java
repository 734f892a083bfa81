package nl.agendawijzer.onderwerp;

import static io.restassured.RestAssured.given;
import static io.restassured.RestAssured.when;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import nl.agendawijzer.ApiTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OnderwerpResourceTest extends ApiTest {

  @Test
  void servesTheReferencePageFieldByFieldAsInTheDesign() {
    when()
        .get("/v1/onderwerpen/23161")
        .then()
        .statusCode(200)
        .contentType("application/json")
        .body("raadsnummer", equalTo("23161"))
        .body("titel", equalTo("Mensenhandel"))
        .body("status", equalTo("AFGEROND"))
        .body("statusTekst", equalTo("afgerond"))
        .body("geschrevenOp", equalTo("2023-07-07"))
        .body("laatstBewerktOp", equalTo("2023-10-14"))
        .body(
            "afbeelding.alt",
            equalTo("Zwartwitfoto van iemand die zich achter zijn hand verschuilt"))
        .body(
            "inleiding",
            equalTo(
                "Menselhandel is uitbuiting van anderen, meestal op een verschrikkelijke manier."
                    + " Daar moet wat aan gedaan worden!"))
        .body("secties.kop", contains("Waar gaat het over?", "Waarom praat de raad hierover?"))
        .body("secties[0].tekst", startsWith("Mensenhandel is verschrikkelijk. "))
        .body(
            "secties[1].tekst",
            containsString(
                "Toen beloofde het college dat er in 2022 een plan van aanpak zou komen. "))
        .body("secties.tekst", everyItem(not(containsString("College = college van B&W"))))
        .body("doelen.volgnummer", contains(1, 2, 3, 4, 5, 6))
        .body(
            "doelen.tekst",
            contains(
                "Adequaat signaleren en melden",
                "Effectief samenwerken",
                "Slachtoffers samenhangende hulp en ondersteuning bieden",
                "Meer zicht krijgen op aard, omvang en risicofactoren",
                "Barrie?res opwerpen",
                "Slachtofferschap reduceren"))
        .body("documenten.soort", contains("DOCUMENTWIJZER", "EXTERN", "EXTERN"))
        .body(
            "documenten.url",
            contains(
                "https://documentwijzer.raadvanalmere.nl/app/search?q=mensenhandel",
                "https://www.comensha.nl/over-mensenhandel/vormen-van-mensenhandel/",
                "https://www.rijksoverheid.nl/onderwerpen/mensenhandel-mensensmokkel/bestrijden-mensenhandel"))
        .body("tijdlijn", hasSize(1))
        .body("tijdlijn[0].datum", equalTo("2023-10-12"))
        .body("tijdlijn[0].tekst", equalTo("Plenair, besluit."))
        .body("tijdlijn[0].vergadering", equalTo("2023-10-12-plenair"))
        .body("tijdlijn[0].voorstellen", contains("23161.001", "23161"))
        .body("versie", equalTo(1))
        .body("gewijzigdOp", endsWith("Z"))
        .body("_links.self.href", endsWith("/v1/onderwerpen/23161"))
        .body("_links.voorstellen.href", endsWith("/v1/onderwerpen/23161/voorstellen"));
  }

  @Test
  void anUnknownRaadsnummerIsA404Problem() {
    when()
        .get("/v1/onderwerpen/99999")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("status", equalTo(404))
        .body("title", equalTo("Not Found"))
        .body("detail", containsString("99999"))
        .body("instance", equalTo("/v1/onderwerpen/99999"));
  }

  @Test
  void aTrailingSlashIsA404Problem() {
    when()
        .get("/v1/onderwerpen/")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("detail", containsString("'/'"));
  }

  @Test
  void listsOnderwerpenWithHalLinks() {
    given()
        .queryParam("status", "AFGEROND")
        .when()
        .get("/v1/onderwerpen")
        .then()
        .statusCode(200)
        .body("_links.self.href", containsString("/v1/onderwerpen?status=AFGEROND"))
        .body("_embedded.onderwerpen.raadsnummer", hasItem("23161"))
        .body("_embedded.onderwerpen.status", everyItem(equalTo("AFGEROND")))
        .body("_embedded.onderwerpen[0]", not(org.hamcrest.Matchers.hasKey("doelen")));
  }

  @Test
  void filtersOnStatus() {
    given()
        .queryParam("status", "WEGINGSTAFEL")
        .when()
        .get("/v1/onderwerpen")
        .then()
        .statusCode(200)
        .body("_embedded.onderwerpen.raadsnummer", not(hasItem("23161")));
  }

  @Test
  void anUnknownStatusIsA400ThatNamesTheAllowedValues() {
    given()
        .queryParam("status", "klaar")
        .when()
        .get("/v1/onderwerpen")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("invalidParams[0].name", equalTo("status"))
        .body("invalidParams[0].reason", containsString("KLAAR_VOOR_BESLUIT"));
  }

  @Test
  void servesTheDoelenAsAListOfTheirOwn() {
    when()
        .get("/v1/onderwerpen/23161/doelen")
        .then()
        .statusCode(200)
        .body("_embedded.doelen", hasSize(6))
        .body("_embedded.doelen[4].tekst", equalTo("Barrie?res opwerpen"))
        .body("_links.next", nullValue());
  }

  @Test
  void servesTheDocumentenAsAListOfTheirOwn() {
    when()
        .get("/v1/onderwerpen/23161/documenten")
        .then()
        .statusCode(200)
        .body("_embedded.documenten.id", contains("23161-1", "23161-2", "23161-3"));
  }

  @Test
  void servesTheVoorstellenOfAnOnderwerp() {
    when()
        .get("/v1/onderwerpen/23161/voorstellen")
        .then()
        .statusCode(200)
        .body("_embedded.voorstellen.nummer", contains("23161", "23161.001"))
        .body("_embedded.voorstellen.onderwerp", everyItem(equalTo("23161")));
  }

  @Test
  void thePartsOfAnUnknownOnderwerpAre404() {
    when().get("/v1/onderwerpen/99999/doelen").then().statusCode(404);
    when().get("/v1/onderwerpen/99999/documenten").then().statusCode(404);
    when().get("/v1/onderwerpen/99999/voorstellen").then().statusCode(404);
  }

  @Test
  void theOnderwerpFilterIsNotAParameterOfItsOwnVoorstellen() {
    given()
        .queryParam("onderwerp", "23161")
        .when()
        .get("/v1/onderwerpen/23161/voorstellen")
        .then()
        .statusCode(400)
        .body("invalidParams.name", contains("onderwerp"));
  }

  @Test
  void aDetailRejectsQueryParametersItDoesNotHave() {
    given()
        .queryParam("velden", "titel")
        .when()
        .get("/v1/onderwerpen/23161")
        .then()
        .statusCode(400)
        .body("invalidParams[0].name", equalTo("velden"));
  }
}
