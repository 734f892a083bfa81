package nl.agendawijzer.zoeken;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import nl.agendawijzer.ApiTest;
import nl.agendawijzer.Sleutels;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ZoekenTest extends ApiTest {

  private static Sleutels.Sleutel redacteur;

  @BeforeEach
  void data() {
    if (redacteur == null) {
      redacteur = Sleutels.redacteur("Griffie - zoeken");
      // One word in the titel of one onderwerp, in the text of two others: the titel ranks first.
      maak("82001", "Zwaluwnesten onder bruggen", "Over vogels.", "Tellen");
      maak("82002", "Vogels in de stad", "De zwaluwnesten worden geteld.", "Zwaluwnesten sparen");
      maak("82003", "Bruggen", "Onderhoud; ook zwaluwnesten.", "Schilderen");
    }
  }

  private static void maak(String nr, String titel, String inleiding, String doel) {
    given()
        .auth()
        .oauth2(redacteur.sleutel())
        .contentType("application/json")
        .body(
            "{\"raadsnummer\": \"%s\", \"titel\": \"%s\", \"inleiding\": \"%s\", \"doelen\": [{\"tekst\": \"%s\"}]}"
                .formatted(nr, titel, inleiding, doel))
        .post("/v1/onderwerpen")
        .then()
        .statusCode(201);
  }

  private static List<String> gevonden(String pad, String zoek, String veld) {
    return given().queryParam("zoek", zoek).get(pad).then().statusCode(200).extract().path(veld);
  }

  @Test
  void mensenhandelInAnyCaseAndBarrieresWithoutAccentFind23161() {
    for (String zoek :
        List.of("mensenhandel", "MENSENHANDEL", "barrieres", "Barrières", "barrière")) {
      assertThat(gevonden("/v1/onderwerpen", zoek, "_embedded.onderwerpen.raadsnummer"))
          .as(zoek)
          .contains("23161");
    }
    assertThat(
            gevonden(
                "/v1/onderwerpen", "mensenhandel ketenaanpak", "_embedded.onderwerpen.raadsnummer"))
        .containsExactly("23161");
    assertThat(gevonden("/v1/onderwerpen", "mensenhandel zwaluwnesten", "_embedded.onderwerpen"))
        .isEmpty();
  }

  @Test
  void voorstellenAreFoundByTheirTitel() {
    assertThat(gevonden("/v1/voorstellen", "STRIJDEN mensenhandel", "_embedded.voorstellen.nummer"))
        .contains("23161.001");
  }

  @Test
  void aHitInTheTitelRanksFirstAndPagesFollowTheRanking() {
    List<String> alle =
        gevonden("/v1/onderwerpen", "zwaluwnesten", "_embedded.onderwerpen.raadsnummer");
    assertThat(alle).hasSize(3).startsWith("82001");

    List<String> gepagineerd = new ArrayList<>();
    String volgende = "/v1/onderwerpen?zoek=zwaluwnesten&pageSize=1";
    String laatste = null;
    while (volgende != null) {
      JsonPath pagina = given().get(volgende).then().statusCode(200).extract().jsonPath();
      gepagineerd.addAll(pagina.getList("_embedded.onderwerpen.raadsnummer"));
      laatste = volgende;
      volgende = pagina.getString("_links.next.href");
    }
    assertThat(gepagineerd).isEqualTo(alle);
    String vorige = given().get(laatste).then().extract().path("_links.prev.href");
    given()
        .get(vorige)
        .then()
        .statusCode(200)
        .body("_embedded.onderwerpen.raadsnummer", contains(alle.get(1)));
  }

  @Test
  void theIndexFollowsEveryWrite() {
    maak("82010", "Kwikstaarten", "Tijdelijk.", "Weg");
    assertThat(gevonden("/v1/onderwerpen", "kwikstaart", "_embedded.onderwerpen.raadsnummer"))
        .containsExactly("82010");
    given()
        .auth()
        .oauth2(redacteur.sleutel())
        .header("If-Match", "\"1\"")
        .contentType("application/merge-patch+json")
        .body("{\"titel\": \"Spreeuwen\"}")
        .patch("/v1/onderwerpen/82010")
        .then()
        .statusCode(200);
    assertThat(gevonden("/v1/onderwerpen", "kwikstaarten", "_embedded.onderwerpen")).isEmpty();
    assertThat(gevonden("/v1/onderwerpen", "spreeuwen", "_embedded.onderwerpen.raadsnummer"))
        .containsExactly("82010");
    given()
        .auth()
        .oauth2(redacteur.sleutel())
        .header("If-Match", "\"2\"")
        .delete("/v1/onderwerpen/82010")
        .then()
        .statusCode(204);
    given()
        .queryParam("zoek", "spreeuwen")
        .get("/v1/onderwerpen")
        .then()
        .body("_embedded.onderwerpen", empty());
  }

  @Test
  void filtersNarrowTheResultsAndSortIsRefused() {
    assertThat(
            given()
                .queryParam("zoek", "mensenhandel")
                .queryParam("status", "AFGEROND")
                .get("/v1/onderwerpen")
                .then()
                .statusCode(200)
                .extract()
                .<List<String>>path("_embedded.onderwerpen.raadsnummer"))
        .contains("23161");
    assertThat(
            given()
                .queryParam("zoek", "mensenhandel")
                .queryParam("status", "IN_BEHANDELING")
                .get("/v1/onderwerpen")
                .then()
                .statusCode(200)
                .extract()
                .<List<String>>path("_embedded.onderwerpen"))
        .isEmpty();
    assertThat(
            given()
                .queryParam("zoek", "mensenhandel")
                .queryParam("onderwerp", "23161")
                .queryParam("gewijzigdSinds", "2000-01-01T00:00:00Z")
                .get("/v1/voorstellen")
                .then()
                .statusCode(200)
                .extract()
                .<List<String>>path("_embedded.voorstellen.nummer"))
        .contains("23161.001")
        .allMatch(n -> n.startsWith("23161"));
    given()
        .queryParam("zoek", "mensenhandel")
        .queryParam("sort", "titel")
        .queryParam("status", "ONZIN")
        .get("/v1/onderwerpen")
        .then()
        .statusCode(400)
        .body("invalidParams.name", containsInAnyOrder("sort", "status"));
    given()
        .queryParam("zoek", "mensenhandel")
        .queryParam("uitslag", "AANVAARD")
        .get("/v1/voorstellen")
        .then()
        .statusCode(400)
        .body("invalidParams.name", containsInAnyOrder("uitslag"));
    given()
        .queryParam("zoek", "?!")
        .queryParam("cursor", "bm90LWVlbi1jdXJzb3I")
        .get("/v1/voorstellen")
        .then()
        .statusCode(400)
        .body("invalidParams.name", containsInAnyOrder("zoek", "cursor"));
  }

  @Test
  void aSearchHasAtMostTenWordsOfTwoCharactersAndTwoHundredInAll() {
    given()
        .queryParam("zoek", "een twee drie vier vijf zes zeven acht negen tien")
        .get("/v1/onderwerpen")
        .then()
        .statusCode(200);
    for (String teVeel :
        List.of(
            "een twee drie vier vijf zes zeven acht negen tien elf",
            "plan a",
            "é plan",
            "mensenhandel " + "x".repeat(190))) {
      given()
          .queryParam("zoek", teVeel)
          .get("/v1/onderwerpen")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("invalidParams.name", contains("zoek"));
    }
    given()
        .queryParam("zoek", "mensenhandel a")
        .get("/v1/voorstellen")
        .then()
        .statusCode(400)
        .body("invalidParams[0].reason", containsString("minstens 2"));
  }

  @Test
  void withoutZoekTheListIsUnchanged() {
    given()
        .get("/v1/onderwerpen?pageSize=100")
        .then()
        .statusCode(200)
        .body("_embedded.onderwerpen.raadsnummer", hasItem("82002"));
  }
}
