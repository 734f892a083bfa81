package nl.agendawijzer.voorstel;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import nl.agendawijzer.ApiTest;
import nl.agendawijzer.Sleutels;
import nl.agendawijzer.opslag.Startcontrole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Factions, their results on stemmingen, the stored check and the voting records, end to end over
 * HTTP. Each test works in a year of its own, so the factions of one test never hold seats on the
 * date of another test's stemming.
 */
@QuarkusTest
class FractieUitslagTest extends ApiTest {

  private static final AtomicInteger NUMMERS = new AtomicInteger(97000);
  private static Sleutels.Sleutel redacteur;

  @Inject StemmingBewerking bewerking;
  @Inject StemmingService service;
  @Inject EntityManager entityManager;
  @Inject ControleAanvulling controleAanvulling;
  @Inject Startcontrole startcontrole;

  @BeforeEach
  void sleutel() {
    if (redacteur == null) {
      redacteur = Sleutels.redacteur("Griffie - fracties");
    }
  }

  private static RequestSpecification alsRedacteur() {
    return given().auth().oauth2(redacteur.sleutel()).contentType("application/json");
  }

  /** A faction with one seat period; returns its id. */
  private static String fractie(String naam, int zetels, String vanaf, String tot) {
    String id = naam.toLowerCase() + "-" + NUMMERS.incrementAndGet();
    alsRedacteur()
        .body(
            """
            {"id": "%s", "naam": "%s", "zetelperioden": [
              {"zetels": %d, "geldigVanaf": "%s", "geldigTot": "%s"}]}"""
                .formatted(id, naam, zetels, vanaf, tot))
        .post("/v1/fracties")
        .then()
        .statusCode(201)
        .header("ETag", "\"1\"");
    return id;
  }

  private static String voorstel() {
    String nr = String.valueOf(NUMMERS.incrementAndGet());
    alsRedacteur()
        .body("{\"raadsnummer\": \"" + nr + "\", \"titel\": \"Onderwerp " + nr + "\"}")
        .post("/v1/onderwerpen")
        .then()
        .statusCode(201);
    String nummer = nr + ".001";
    alsRedacteur()
        .body(
            "{\"nummer\": \"%s\", \"soort\": \"MOTIE\", \"titel\": \"Bankjes %s\", \"onderwerp\": \"%s\"}"
                .formatted(nummer, nr, nr))
        .post("/v1/voorstellen")
        .then()
        .statusCode(201);
    return nummer;
  }

  private static String stemming(
      String voorstel, String datum, String uitslag, int voor, int tegen, String fracties) {
    return alsRedacteur()
        .body(
            """
            {"voorstel": "%s", "datum": "%s", "uitslagTekst": "%s", "voor": %d, "tegen": %d,
             "fracties": %s}"""
                .formatted(voorstel, datum, uitslag, voor, tegen, fracties))
        .post("/v1/stemmingen")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private static List<String> idsMetControle(String status, String datum) {
    return given()
        .queryParam("controle", status)
        .queryParam("datumVanaf", datum)
        .queryParam("datumTot", datum)
        .get("/v1/stemmingen")
        .then()
        .statusCode(200)
        .extract()
        .path("_embedded.stemmingen.id");
  }

  @Test
  void aVoteWithFactionResultsAgreesOnTotalsCheckAndVotingRecord() {
    String gl = fractie("GroenLinks", 20, "2031-01-01", "2031-12-31");
    String vvd = fractie("VVD", 15, "2031-01-01", "2031-12-31");
    String pvv = fractie("PVV", 10, "2031-01-01", "2031-12-31");
    String voorstel = voorstel();

    String id =
        stemming(
            voorstel,
            "2031-05-01",
            "AANVAARD",
            35,
            10,
            """
            [{"fractie": "%s", "keuze": "VOOR"}, {"fractie": "%s", "keuze": "VOOR"},
             {"fractie": "%s", "keuze": "TEGEN", "voor": 0, "tegen": 10}]"""
                .formatted(gl, vvd, pvv));

    JsonPath stemming =
        given().get("/v1/stemmingen/" + id).then().statusCode(200).extract().jsonPath();
    assertThat(stemming.getString("controle.status")).isEqualTo("OK");
    assertThat(stemming.getList("controle.meldingen")).isEmpty();
    assertThat(stemming.getList("fracties.fractie")).containsExactly(gl, pvv, vvd);
    assertThat(stemming.getList("fracties.zetels")).containsExactly(20, 10, 15);
    assertThat(stemming.getList("fracties.keuze")).containsExactly("VOOR", "TEGEN", "VOOR");
    assertThat(idsMetControle("OK", "2031-05-01")).contains(id);
    assertThat(idsMetControle("AFWIJKING", "2031-05-01")).doesNotContain(id);

    given()
        .get("/v1/fracties/" + pvv + "/stemgedrag")
        .then()
        .statusCode(200)
        .body("_embedded.stemgedrag.stemming", contains(id))
        .body("_embedded.stemgedrag[0].keuze", equalTo("TEGEN"))
        .body("_embedded.stemgedrag[0].zetels", equalTo(10))
        .body("_embedded.stemgedrag[0].tegen", equalTo(10))
        .body("_embedded.stemgedrag[0].uitslag", equalTo("AANVAARD"))
        .body("_embedded.stemgedrag[0].titel", containsString("Bankjes"));
    given()
        .queryParam("uitslag", "VERWORPEN")
        .get("/v1/fracties/" + pvv + "/stemgedrag")
        .then()
        .statusCode(200)
        .body("_embedded.stemgedrag", empty());
    given()
        .queryParam("keuze", "VOOR")
        .get("/v1/fracties/" + gl + "/stemgedrag")
        .then()
        .body("_embedded.stemgedrag.stemming", contains(id));
    // The voorstel embeds the stemming with its factions, and a version was recorded.
    given()
        .get("/v1/voorstellen/" + voorstel)
        .then()
        .body("stemmingen[0].fracties.keuze", contains("VOOR", "TEGEN", "VOOR"));
  }

  @Test
  void aFactionResultThatDoesNotAddUpIsAnAfwijkingNamingTheNumbers() {
    String a = fractie("CDA", 25, "2032-01-01", "2032-12-31");
    String b = fractie("D66", 20, "2032-01-01", "2032-12-31");
    String id =
        stemming(
            voorstel(),
            "2032-03-01",
            "AANVAARD",
            31,
            14,
            """
            [{"fractie": "%s", "keuze": "VERDEELD", "voor": 10, "tegen": 15},
             {"fractie": "%s", "keuze": "VOOR"}]"""
                .formatted(a, b));

    given()
        .get("/v1/stemmingen/" + id)
        .then()
        .body("controle.status", equalTo("AFWIJKING"))
        .body("controle.meldingen.code", hasItem("FRACTIES_VOOR_TELT_NIET_OP"))
        .body("controle.meldingen.tekst", hasItem("Fracties samen 30 voor, stemming 31."))
        .body("controle.meldingen.tekst", hasItem("Fracties samen 15 tegen, stemming 14."));
    assertThat(idsMetControle("AFWIJKING", "2032-03-01")).contains(id);
    assertThat(idsMetControle("OK", "2032-03-01")).doesNotContain(id);

    // A faction that votes more than its seats, and a keuze its numbers contradict.
    String id2 =
        stemming(
            voorstel(),
            "2032-03-02",
            "AANVAARD",
            26,
            19,
            """
            [{"fractie": "%s", "keuze": "TEGEN", "voor": 26, "tegen": 0},
             {"fractie": "%s", "keuze": "TEGEN"}]"""
                .formatted(a, b));
    given()
        .get("/v1/stemmingen/" + id2)
        .then()
        .body("controle.status", equalTo("AFWIJKING"))
        .body(
            "controle.meldingen.code",
            hasItems("FRACTIE_MEER_STEMMEN_DAN_ZETELS", "FRACTIE_KEUZE_STRIJDIG_MET_STEMMEN"));
  }

  @Test
  void changingAFactionsSeatsFlipsTheCheckInTheListFilter() {
    String a = fractie("SP", 25, "2033-01-01", "2033-12-31");
    String b = fractie("CU", 20, "2033-01-01", "2033-12-31");
    String voorstel = voorstel();
    String id =
        stemming(
            voorstel,
            "2033-06-01",
            "AANVAARD",
            45,
            0,
            """
            [{"fractie": "%s", "keuze": "VOOR"}, {"fractie": "%s", "keuze": "VOOR"}]"""
                .formatted(a, b));
    assertThat(idsMetControle("OK", "2033-06-01")).contains(id);
    int versie = given().get("/v1/stemmingen/" + id).then().extract().path("versie");

    // A member leaves CU on 2033-04-01: a dated change within the term.
    alsRedacteur()
        .header("If-Match", "\"1\"")
        .body(
            """
            {"id": "%s", "naam": "CU", "zetelperioden": [
              {"zetels": 20, "geldigVanaf": "2033-01-01", "geldigTot": "2033-03-31"},
              {"zetels": 19, "geldigVanaf": "2033-04-01", "geldigTot": "2033-12-31"}]}"""
                .formatted(b))
        .put("/v1/fracties/" + b)
        .then()
        .statusCode(200)
        .body("versie", equalTo(2))
        .body("zetelperioden.zetels", contains(20, 19));

    assertThat(idsMetControle("AFWIJKING", "2033-06-01")).contains(id);
    assertThat(idsMetControle("OK", "2033-06-01")).doesNotContain(id);
    given()
        .get("/v1/stemmingen/" + id)
        .then()
        .body("versie", equalTo(versie + 1))
        // Ordered by faction id: cu-... before sp-...
        .body("fracties.zetels", contains(19, 25))
        .body(
            "controle.meldingen.tekst", hasItem("Fracties samen 44 zetels op 2033-06-01, raad 45."))
        .body("controle.meldingen.tekst", hasItem("Fracties samen 44 voor, stemming 45."));
    given().queryParam("type", "FRACTIE").get("/v1/wijzigingen").then().statusCode(200);
    given()
        .get("/v1/stemmingen/" + id + "/versies")
        .then()
        .body("_embedded.versies.versie", hasItem(versie + 1));

    // Back to 20 seats: OK again.
    alsRedacteur()
        .header("If-Match", "\"2\"")
        .contentType("application/merge-patch+json")
        .body(
            """
            {"zetelperioden": [{"zetels": 20, "geldigVanaf": "2033-01-01", "geldigTot": "2033-12-31"}]}""")
        .patch("/v1/fracties/" + b)
        .then()
        .statusCode(200)
        .body("versie", equalTo(3));
    assertThat(idsMetControle("OK", "2033-06-01")).contains(id);
  }

  @Test
  void changingATermsSeatsFlipsTheCheckAndIsUndone() {
    String a = fractie("Leefbaar", 25, "2019-06-01", "2019-06-30");
    String b = fractie("Pvda", 20, "2019-06-01", "2019-06-30");
    String id =
        stemming(
            voorstel(),
            "2019-06-15",
            "VERWORPEN",
            20,
            25,
            """
            [{"fractie": "%s", "keuze": "TEGEN"}, {"fractie": "%s", "keuze": "VOOR"}]"""
                .formatted(a, b));
    assertThat(idsMetControle("OK", "2019-06-15")).contains(id);

    String etag = given().get("/v1/raad").then().extract().header("ETag");
    String zetels47 = "{\"van\": \"2018-03-21\", \"tot\": \"2022-03-15\", \"zetels\": 47}";
    alsRedacteur().body(zetels47).put("/v1/raad/perioden/2018-2022").then().statusCode(428);
    String nieuw =
        alsRedacteur()
            .header("If-Match", etag)
            .body(zetels47)
            .put("/v1/raad/perioden/2018-2022")
            .then()
            .statusCode(200)
            .body("perioden[0].zetels", equalTo(47))
            .extract()
            .header("ETag");
    try {
      assertThat(idsMetControle("AFWIJKING", "2019-06-15")).contains(id);
      given()
          .get("/v1/stemmingen/" + id)
          .then()
          .body("zetels", equalTo(47))
          .body("controle.meldingen.code", hasItem("FRACTIEZETELS_TELLEN_NIET_OP"));
    } finally {
      alsRedacteur()
          .header("If-Match", nieuw)
          .body("{\"van\": \"2018-03-21\", \"tot\": \"2022-03-15\", \"zetels\": 45}")
          .put("/v1/raad/perioden/2018-2022")
          .then()
          .statusCode(200);
    }
    assertThat(idsMetControle("OK", "2019-06-15")).contains(id);

    String etag2 = given().get("/v1/raad").then().extract().header("ETag");
    alsRedacteur()
        .header("If-Match", etag2)
        .body("{\"van\": \"2025-01-01\", \"zetels\": 45}")
        .put("/v1/raad/perioden/2099-2103")
        .then()
        .statusCode(400)
        .body("invalidParams.name", hasItem("van"))
        .body("invalidParams.reason", hasItem(containsString("overlapt met 2022-2026")));
  }

  @Test
  void badFactionResultsAreOne400NamingEach() {
    String a = fractie("Bad", 10, "2035-01-01", "2035-12-31");
    String voorstel = voorstel();
    alsRedacteur()
        .body(
            """
            {"voorstel": "%s", "datum": "2035-02-01", "uitslagTekst": "AANVAARD",
             "fracties": [{"fractie": "%s", "keuze": "MISSCHIEN"}]}"""
                .formatted(voorstel, a))
        .post("/v1/stemmingen")
        .then()
        .statusCode(400);
    alsRedacteur()
        .body(
            """
            {"voorstel": "%s", "datum": "2035-02-01", "uitslagTekst": "AANVAARD",
             "fracties": [{"fractie": "%s", "keuze": "VERDEELD", "voor": -1, "tegen": 3},
                          {"fractie": "bestaat-niet", "keuze": "VOOR"},
                          {"fractie": "%s", "keuze": "VOOR", "voor": 2},
                          {"keuze": "TEGEN"}]}"""
                .formatted(voorstel, a, a))
        .post("/v1/stemmingen")
        .then()
        .statusCode(400)
        .body(
            "invalidParams.name",
            hasItems(
                "fracties[0].voor",
                "fracties[1].fractie",
                "fracties[2].fractie",
                "fracties[2]",
                "fracties[3].fractie"))
        .body("invalidParams.reason", hasItem("er is geen fractie met id bestaat-niet"));
    alsRedacteur()
        .body(
            """
            {"id": "overlap-%d", "naam": "Overlap", "zetelperioden": [
              {"zetels": 3, "geldigVanaf": "2035-01-01", "geldigTot": "2035-06-30"},
              {"zetels": 2, "geldigVanaf": "2035-06-01"},
              {"zetels": -1, "geldigVanaf": "2036-01-01", "geldigTot": "2035-01-01"}]}"""
                .formatted(NUMMERS.incrementAndGet()))
        .post("/v1/fracties")
        .then()
        .statusCode(400)
        .body(
            "invalidParams.name",
            hasItems("zetelperioden[1]", "zetelperioden[2].geldigTot", "zetelperioden[2].zetels"))
        .body("invalidParams.reason", hasItem(containsString("overlapt met zetelperioden[0]")));
    alsRedacteur()
        .body("{\"id\": \"Geen Slug\", \"naam\": \"X\", \"zetelperioden\": []}")
        .post("/v1/fracties")
        .then()
        .statusCode(400)
        .body("invalidParams.name", hasItem("id"));
    alsRedacteur()
        .body("{\"id\": \"%s\", \"naam\": \"X\", \"zetelperioden\": []}".formatted(a))
        .post("/v1/fracties")
        .then()
        .statusCode(400)
        .body("invalidParams.reason", hasItem("er is al een fractie met dit id"));
  }

  @Test
  void aFactionIsAVersionedResource() {
    String id = fractie("Stadspartij", 4, "2036-01-01", "2036-12-31");
    given()
        .get("/v1/fracties/" + id)
        .then()
        .statusCode(200)
        .body("naam", equalTo("Stadspartij"))
        .body("zetelperioden[0].zetels", equalTo(4))
        .body("_links.stemgedrag.href", containsString("/v1/fracties/" + id + "/stemgedrag"));
    given()
        .queryParam("zetelsOp", "2036-05-01")
        .queryParam("pageSize", 100)
        .get("/v1/fracties")
        .then()
        .statusCode(200)
        .body("_embedded.fracties.id", hasItem(id));
    given()
        .queryParam("zetelsOp", "2037-05-01")
        .queryParam("pageSize", 100)
        .get("/v1/fracties")
        .then()
        .body("_embedded.fracties.id", not(hasItem(id)));
    alsRedacteur()
        .body("{\"id\": \"%s\", \"naam\": \"Nieuw\", \"zetelperioden\": []}".formatted(id))
        .put("/v1/fracties/" + id)
        .then()
        .statusCode(428);
    alsRedacteur()
        .header("If-Match", "\"1\"")
        .body("{\"id\": \"ander\", \"naam\": \"Nieuw\", \"zetelperioden\": []}")
        .put("/v1/fracties/" + id)
        .then()
        .statusCode(400)
        .body("invalidParams.name", hasItem("id"));
    given().get("/v1/fracties/" + id + "/versies").then().statusCode(200);
    given()
        .queryParam("onbekend", "1")
        .get("/v1/fracties/" + id + "/stemgedrag")
        .then()
        .statusCode(400);
    given().get("/v1/fracties/bestaat-niet/stemgedrag").then().statusCode(404);

    // In use by a stemming: no delete. Without: deleted, then 410.
    String voorstel = voorstel();
    String stemming =
        stemming(
            voorstel,
            "2036-02-01",
            "AANVAARD",
            4,
            0,
            "[{\"fractie\": \"%s\", \"keuze\": \"VOOR\"}]".formatted(id));
    alsRedacteur().header("If-Match", "\"1\"").delete("/v1/fracties/" + id).then().statusCode(409);
    String etag = given().get("/v1/stemmingen/" + stemming).then().extract().header("ETag");
    alsRedacteur()
        .header("If-Match", etag)
        .delete("/v1/stemmingen/" + stemming)
        .then()
        .statusCode(204);
    alsRedacteur().header("If-Match", "\"1\"").delete("/v1/fracties/" + id).then().statusCode(204);
    given().get("/v1/fracties/" + id).then().statusCode(410);
  }

  @Test
  void theImporterCanRecordFactionResultsThroughTheService() {
    String a = fractie("Importpartij", 45, "2037-01-01", "2037-12-31");
    String id = stemming(voorstel(), "2037-03-01", "AANVAARD", 45, 0, "[]");
    given().get("/v1/stemmingen/" + id).then().body("fracties", empty());

    QuarkusTransaction.requiringNew()
        .run(
            () ->
                bewerking.fractiesVastleggen(
                    id,
                    List.of(new StemmingInvoer.FractieInvoer(a, Keuze.VOOR, null, null)),
                    "importeur"));

    given()
        .get("/v1/stemmingen/" + id)
        .then()
        .body("versie", equalTo(2))
        .body("fracties.keuze", contains("VOOR"))
        .body("controle.status", equalTo("OK"));

    // The same results again (now read back from the database) are no change and no version.
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                bewerking.fractiesVastleggen(
                    id,
                    List.of(new StemmingInvoer.FractieInvoer(a, Keuze.VOOR, null, null)),
                    "importeur"));
    given().get("/v1/stemmingen/" + id).then().body("versie", equalTo(2));
  }

  @Test
  void theControleFilterPagesWithTheKeysetPaging() {
    String a = fractie("Pagina", 45, "2040-01-01", "2040-12-31");
    String voorstel = voorstel();
    List<String> afwijkend = new ArrayList<>();
    for (int d = 1; d <= 7; d++) {
      // odd days add up, even days claim one vote too many
      int voor = d % 2 == 1 ? 45 : 44;
      String id =
          stemming(
              voorstel,
              "2040-02-0" + d,
              "AANVAARD",
              voor,
              0,
              "[{\"fractie\": \"%s\", \"keuze\": \"VOOR\"}]".formatted(a));
      if (d % 2 == 0) {
        afwijkend.add(id);
      }
    }
    List<String> gezien = new ArrayList<>();
    String volgende =
        "/v1/stemmingen?controle=AFWIJKING&datumVanaf=2040-01-01&datumTot=2040-12-31&pageSize=2";
    int paginas = 0;
    while (volgende != null) {
      JsonPath pagina =
          given()
              .urlEncodingEnabled(false)
              .get(volgende)
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      gezien.addAll(pagina.getList("_embedded.stemmingen.id"));
      volgende = pagina.getString("_links.next.href");
      paginas++;
    }
    assertThat(paginas).isEqualTo(2);
    assertThat(gezien).containsExactlyInAnyOrderElementsOf(afwijkend).doesNotHaveDuplicates();

    // A merge patch of another field keeps the faction results.
    String id = afwijkend.get(0);
    String etag = given().get("/v1/stemmingen/" + id).then().extract().header("ETag");
    alsRedacteur()
        .header("If-Match", etag)
        .contentType("application/merge-patch+json")
        .body("{\"voor\": 45}")
        .patch("/v1/stemmingen/" + id)
        .then()
        .statusCode(200)
        .body("fracties.fractie", contains(a))
        .body("controle.status", equalTo("OK"));
    assertThat(idsMetControle("OK", "2040-02-02")).contains(id);
  }

  @Test
  void aStemmingStoredBeforeChecksWereKeptGetsItsCheckAtStart() {
    String a = fractie("Oud", 45, "2041-01-01", "2041-12-31");
    String id =
        stemming(
            voorstel(),
            "2041-03-01",
            "AANVAARD",
            44,
            0,
            "[{\"fractie\": \"%s\", \"keuze\": \"VOOR\"}]".formatted(a));
    // As a row written before V7: no stored check.
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                entityManager
                    .createQuery(
                        "update Stemming s set s.controleStatus = null, s.controleMeldingen = null"
                            + " where s.id = :id")
                    .setParameter("id", id)
                    .executeUpdate());
    assertThat(idsMetControle("AFWIJKING", "2041-03-01")).doesNotContain(id);
    given().get("/v1/stemmingen/" + id).then().body("controle.status", equalTo("AFWIJKING"));

    // Through the start-up observer: its one-row check must see the stemming without a check.
    assertThat(startcontrole.heeftRij("stemming", "controle_status is null")).isTrue();
    controleAanvulling.opStart(null);
    assertThat(startcontrole.heeftRij("stemming", "controle_status is null")).isFalse();

    assertThat(idsMetControle("AFWIJKING", "2041-03-01")).contains(id);
    given().get("/v1/stemmingen/" + id).then().body("versie", equalTo(1));
  }

  @Test
  void membersVotesAreStoredCountedAndChecked() {
    String a = fractie("Leden", 3, "2042-01-01", "2042-12-31");
    String b = fractie("Rest", 42, "2042-01-01", "2042-12-31");
    String voorstel = voorstel();
    String id =
        stemming(
            voorstel,
            "2042-02-01",
            "AANVAARD",
            44,
            1,
            """
            [{"fractie": "%s", "keuze": "VERDEELD", "stemmen": [
                {"naam": "J. Jansen", "keuze": "VOOR"}, {"naam": "P. de Vries", "keuze": "TEGEN"},
                {"naam": "A. Bakker", "keuze": "VOOR"}]},
             {"fractie": "%s", "keuze": "VOOR"}]"""
                .formatted(a, b));
    given()
        .get("/v1/stemmingen/" + id)
        .then()
        .body("controle.status", equalTo("OK"))
        .body("fracties[0].stemmen.naam", contains("J. Jansen", "P. de Vries", "A. Bakker"))
        .body("fracties[0].stemmen.keuze", contains("VOOR", "TEGEN", "VOOR"))
        .body("fracties[1].stemmen", nullValue());

    alsRedacteur()
        .body(
            """
            {"voorstel": "%s", "datum": "2042-02-02", "uitslagTekst": "AANVAARD",
             "fracties": [{"fractie": "%s", "keuze": "VERDEELD", "stemmen": [
                {"naam": "J. Jansen", "keuze": "VERDEELD"}, {"naam": "J. Jansen", "keuze": "VOOR"},
                {"keuze": "TEGEN"}]}]}"""
                .formatted(voorstel, a))
        .post("/v1/stemmingen")
        .then()
        .statusCode(400)
        .body(
            "invalidParams.name",
            hasItems(
                "fracties[0].stemmen[0].keuze",
                "fracties[0].stemmen[1].naam",
                "fracties[0].stemmen[2].naam"));
  }

  @Inject Overeenstemmingen overeenstemmingen;

  @Test
  void theAgreementOverviewIsKeptUntilAStemmingChangesAndThenComputedAgain() {
    String a = fractie("BewaardA", 9, "2043-01-01", "2043-12-31");
    String b = fractie("BewaardB", 9, "2043-01-01", "2043-12-31");
    String voorstel = voorstel();
    String beide =
        "[{\"fractie\": \"%s\", \"keuze\": \"VOOR\"}, {\"fractie\": \"%s\", \"keuze\": \"%s\"}]";
    stemming(voorstel, "2043-03-01", "AANVAARD", 30, 15, beide.formatted(a, b, "VOOR"));
    java.util.function.Supplier<RequestSpecification> overzicht =
        () -> given().queryParam("datumVanaf", "2043-01-01").queryParam("datumTot", "2043-12-31");

    int voor = overeenstemmingen.aantal();
    for (int i = 0; i < 3; i++) {
      overzicht
          .get()
          .get("/v1/fracties/overeenstemming")
          .then()
          .statusCode(200)
          .body("paren.find { it.fractieA == '%s' }.gelijk".formatted(a), equalTo(1))
          .body("paren.find { it.fractieA == '%s' }.totaal".formatted(a), equalTo(1));
    }
    // Three requests, one answer computed and kept.
    assertThat(overeenstemmingen.aantal()).isEqualTo(Math.min(voor + 1, Overeenstemmingen.MAX));

    stemming(voorstel, "2043-03-02", "AANVAARD", 30, 15, beide.formatted(a, b, "TEGEN"));
    overzicht
        .get()
        .get("/v1/fracties/overeenstemming")
        .then()
        .statusCode(200)
        .body("paren.find { it.fractieA == '%s' }.gelijk".formatted(a), equalTo(1))
        .body("paren.find { it.fractieA == '%s' }.totaal".formatted(a), equalTo(2));
  }

  @Test
  void theAgreementOfEveryPairOver200StemmingenMatchesAnIndependentCount() {
    int aantal = 5;
    List<String> fracties = new ArrayList<>();
    for (int i = 0; i < aantal; i++) {
      fracties.add(fractie("Paar" + i, 9, "2038-01-01", "2039-12-31"));
    }
    String voorstel = voorstel();
    Random random = new Random(20381);
    Keuze[] keuzes = Keuze.values();
    // fractie -> stemming index -> keuze, for the stemmingen in the asked period (2038)
    Map<String, Map<Integer, Keuze>> gestemd = new HashMap<>();
    LocalDate dag = LocalDate.of(2038, 1, 1);
    for (int s = 0; s < 210; s++) {
      // 200 stemmingen in 2038, 10 in 2039 that the period leaves out
      LocalDate datum = s < 200 ? dag.plusDays(s) : LocalDate.of(2039, 1, 1).plusDays(s);
      List<String> delen = new ArrayList<>();
      for (String f : fracties) {
        if (random.nextInt(10) == 0) {
          continue; // no result of this faction on this stemming
        }
        Keuze k = keuzes[random.nextInt(keuzes.length)];
        delen.add("{\"fractie\": \"%s\", \"keuze\": \"%s\"}".formatted(f, k));
        if (s < 200) {
          gestemd.computeIfAbsent(f, x -> new HashMap<>()).put(s, k);
        }
      }
      stemming(voorstel, datum.toString(), "AANVAARD", 30, 15, "[" + String.join(",", delen) + "]");
    }

    JsonPath antwoord =
        given()
            .queryParam("datumVanaf", "2038-01-01")
            .queryParam("datumTot", "2038-12-31")
            .get("/v1/fracties/overeenstemming")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    List<Map<String, Object>> paren = antwoord.getList("paren");
    Map<String, Map<String, Object>> perPaar =
        paren.stream()
            .collect(Collectors.toMap(p -> p.get("fractieA") + "|" + p.get("fractieB"), p -> p));
    int gecontroleerd = 0;
    for (int i = 0; i < aantal; i++) {
      for (int j = i + 1; j < aantal; j++) {
        String a = fracties.get(i);
        String b = fracties.get(j);
        int gelijk = 0;
        int totaal = 0;
        for (int s = 0; s < 200; s++) {
          Keuze ka = gestemd.getOrDefault(a, Map.of()).get(s);
          Keuze kb = gestemd.getOrDefault(b, Map.of()).get(s);
          if (beslist(ka) && beslist(kb)) {
            totaal++;
            if (ka == kb) {
              gelijk++;
            }
          }
        }
        Map<String, Object> paar = perPaar.get(a + "|" + b);
        assertThat(paar).as(a + " en " + b).isNotNull();
        assertThat(((Number) paar.get("gelijk")).intValue()).as(a + " " + b).isEqualTo(gelijk);
        assertThat(((Number) paar.get("totaal")).intValue()).as(a + " " + b).isEqualTo(totaal);
        assertThat(((Number) paar.get("percentage")).doubleValue())
            .isCloseTo(Math.round(1000.0 * gelijk / totaal) / 10.0, within(0.0001));
        gecontroleerd++;
      }
    }
    assertThat(gecontroleerd).isEqualTo(10);

    // The voting record of one faction pages through all its 2038 stemmingen.
    String f = fracties.get(0);
    List<String> gezien = new ArrayList<>();
    String volgende =
        "/v1/fracties/" + f + "/stemgedrag?datumVanaf=2038-01-01&datumTot=2038-12-31&pageSize=50";
    while (volgende != null) {
      JsonPath pagina =
          given()
              .urlEncodingEnabled(false)
              .get(volgende)
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      gezien.addAll(pagina.getList("_embedded.stemgedrag.stemming"));
      volgende = pagina.getString("_links.next.href");
    }
    assertThat(gezien).hasSize(gestemd.get(f).size()).doesNotHaveDuplicates();
  }

  private static boolean beslist(Keuze k) {
    return k == Keuze.VOOR || k == Keuze.TEGEN;
  }

  /** A stemming with the members who did not vote; {@code fracties} is a JSON array. */
  private static String stemmingMetNietGestemd(
      String voorstel, String datum, int voor, int tegen, int nietGestemd, String fracties) {
    return alsRedacteur()
        .body(
            """
            {"voorstel": "%s", "datum": "%s", "uitslagTekst": "AANVAARD", "voor": %d, "tegen": %d,
             "nietGestemd": %d, "fracties": %s}"""
                .formatted(voorstel, datum, voor, tegen, nietGestemd, fracties))
        .post("/v1/stemmingen")
        .then()
        .statusCode(201)
        .body("nietGestemd", equalTo(nietGestemd))
        .extract()
        .path("id");
  }

  @Test
  void votesAndNotVotedMustMakeTheSeatsAndAMissIsAnAfwijkingNamingTheNumbers() {
    String voorstel = voorstel();
    String klopt = stemmingMetNietGestemd(voorstel, "2043-03-01", 34, 4, 7, "[]");
    String mis = stemmingMetNietGestemd(voorstel, "2043-03-02", 34, 4, 6, "[]");

    given()
        .get("/v1/stemmingen/" + klopt)
        .then()
        .statusCode(200)
        .body("zetels", equalTo(45))
        .body("nietGestemd", equalTo(7))
        .body("controle.status", equalTo("OK"))
        .body("controle.meldingen", empty());
    given()
        .get("/v1/stemmingen/" + mis)
        .then()
        .statusCode(200)
        .body("controle.status", equalTo("AFWIJKING"))
        .body("controle.meldingen.code", contains("STEMMEN_TELLEN_NIET_OP_TOT_ZETELS"))
        .body(
            "controle.meldingen[0].tekst",
            equalTo("voor (34) + tegen (4) + niet gestemd (6) = 44, de raad heeft 45 zetels."));
    assertThat(idsMetControle("AFWIJKING", "2043-03-02")).contains(mis);
    assertThat(idsMetControle("OK", "2043-03-01")).contains(klopt);
    // The voorstel embeds its stemmingen with the number.
    given()
        .get("/v1/voorstellen/" + voorstel)
        .then()
        .body("stemmingen.nietGestemd", contains(7, 6));

    // A number the source does not give is no finding: most pages print none.
    String onbekend =
        alsRedacteur()
            .body(
                """
                {"voorstel": "%s", "datum": "2043-03-03", "uitslagTekst": "AANVAARD",
                 "voor": 34, "tegen": 4}"""
                    .formatted(voorstel))
            .post("/v1/stemmingen")
            .then()
            .statusCode(201)
            .body("nietGestemd", nullValue())
            .body("controle.status", equalTo("OK"))
            .extract()
            .path("id");
    assertThat(idsMetControle("OK", "2043-03-03")).contains(onbekend);

    // Bad arithmetic is never refused, only flagged; a merge patch that corrects it clears it.
    String teVeel = stemmingMetNietGestemd(voorstel, "2043-03-04", 34, 4, 99, "[]");
    assertThat(idsMetControle("AFWIJKING", "2043-03-04")).contains(teVeel);
    String etag = given().get("/v1/stemmingen/" + teVeel).then().extract().header("ETag");
    alsRedacteur()
        .header("If-Match", etag)
        .contentType("application/merge-patch+json")
        .body("{\"nietGestemd\": 7}")
        .patch("/v1/stemmingen/" + teVeel)
        .then()
        .statusCode(200)
        .body("nietGestemd", equalTo(7))
        .body("controle.status", equalTo("OK"));
    assertThat(idsMetControle("OK", "2043-03-04")).contains(teVeel);
    assertThat(idsMetControle("AFWIJKING", "2043-03-04")).doesNotContain(teVeel);
  }

  @Test
  void aNegativeNotVotedIsA400NamingTheField() {
    alsRedacteur()
        .body(
            """
            {"voorstel": "%s", "datum": "2043-04-01", "uitslagTekst": "AANVAARD",
             "voor": 34, "tegen": -4, "nietGestemd": -1}"""
                .formatted(voorstel()))
        .post("/v1/stemmingen")
        .then()
        .statusCode(400)
        .body("invalidParams.name", hasItems("nietGestemd", "tegen"));
  }

  @Test
  void theFactionsNotVotedMustAddUpToTheStemmings() {
    String a = fractie("Aanwezig", 25, "2044-01-01", "2044-12-31");
    String b = fractie("Afwezig", 20, "2044-01-01", "2044-12-31");
    String voorstel = voorstel();
    // a all for; b 15 against, so 5 of b did not vote.
    String deels =
        """
        [{"fractie": "%s", "keuze": "VOOR"},
         {"fractie": "%s", "keuze": "TEGEN", "voor": 0, "tegen": 15}]"""
            .formatted(a, b);
    String klopt = stemmingMetNietGestemd(voorstel, "2044-02-01", 25, 15, 5, deels);
    String mis = stemmingMetNietGestemd(voorstel, "2044-02-02", 25, 15, 4, deels);
    // b did not take part: all its 20 seats did not vote.
    String weg =
        """
        [{"fractie": "%s", "keuze": "VOOR"}, {"fractie": "%s", "keuze": "NIET_DEELGENOMEN"}]"""
            .formatted(a, b);
    String wegKlopt = stemmingMetNietGestemd(voorstel, "2044-02-03", 25, 0, 20, weg);
    String wegMis = stemmingMetNietGestemd(voorstel, "2044-02-04", 25, 0, 19, weg);

    for (String id : List.of(klopt, wegKlopt)) {
      given()
          .get("/v1/stemmingen/" + id)
          .then()
          .body("controle.status", equalTo("OK"))
          .body("controle.meldingen", empty());
    }
    given()
        .get("/v1/stemmingen/" + mis)
        .then()
        .body("controle.status", equalTo("AFWIJKING"))
        .body(
            "controle.meldingen.code",
            hasItems("FRACTIES_NIET_GESTEMD_TELT_NIET_OP", "STEMMEN_TELLEN_NIET_OP_TOT_ZETELS"))
        .body("controle.meldingen.tekst", hasItem("Fracties samen 5 niet gestemd, stemming 4."));
    given()
        .get("/v1/stemmingen/" + wegMis)
        .then()
        .body("controle.status", equalTo("AFWIJKING"))
        .body("controle.meldingen.tekst", hasItem("Fracties samen 20 niet gestemd, stemming 19."));
    assertThat(idsMetControle("AFWIJKING", "2044-02-02")).contains(mis);
    assertThat(idsMetControle("AFWIJKING", "2044-02-04")).contains(wegMis);
    assertThat(idsMetControle("OK", "2044-02-01")).contains(klopt);
  }
}
