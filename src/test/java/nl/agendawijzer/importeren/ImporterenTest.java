package nl.agendawijzer.importeren;

import static io.restassured.RestAssured.given;
import static io.restassured.RestAssured.when;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.agendawijzer.ApiTest;
import nl.agendawijzer.Sleutels;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ImporterenTest extends ApiTest {

  private String sleutel;

  @BeforeEach
  void sleutel() {
    if (sleutel == null) {
      sleutel = Sleutels.redacteur("importeur").sleutel();
    }
  }

  /** A T2 page with a decision item, a raadsvoorstel and a year-less carrousel date. */
  static String pagina(String nr, String teaser, String stemmen) {
    return "Agendawijzer\n\nFietsenstalling "
        + nr
        + "\n\nRaadsnummer: "
        + nr
        + "\n\n"
        + "Geschreven op: 04-04-2024 | Laatst bewerkt op: 19-04-2024 | Status onderwerp: afgerond\n\n"
        + "Afbeelding:Foto van fietsen\n\n"
        + teaser
        + "\n\n\u00a0\nWaar gaat het over?\n\n"
        + "Over fietsen.\n\n\u00a0\nEerdere berichten\n\n"
        + "Hieronder vindt u berichten uit de historie van dit onderwerp.\n\n"
        + "18 april 2024 - Plenair, besluit.\n\n"
        + "  • Meer plekken ("
        + nr
        + ".001) AANVAARD "
        + stemmen
        + "\n"
        + "  • Fietsenstalling "
        + nr
        + " ("
        + nr
        + ") AANVAARD 40/3\n\n"
        + "11 april - Carrousel\n";
  }

  private RequestSpecification als() {
    return given().auth().oauth2(sleutel);
  }

  private ValidatableResponse importeer(String tekst, String bron) {
    return als()
        .contentType("text/plain; charset=UTF-8")
        .queryParam("bron", bron)
        .body(tekst.getBytes(StandardCharsets.UTF_8))
        .post("/v1/importeren")
        .then();
  }

  @Test
  void aNewPageIsCreatedWithProvenanceAndWarningsOnTheOnderwerpAndItsVoorstellen() {
    importeer(pagina("96101", "Nieuw.", "31/12"), "https://example.org/96101")
        .statusCode(200)
        .header("API-Version", notNullValue())
        .body("paginas[0].status", equalTo("AANGEMAAKT"))
        .body("paginas[0].onderwerp", equalTo("96101"))
        .body("paginas[0].aangemaakt.id", hasItems("96101", "96101.001", "96101.001-2024-04-18"))
        .body("paginas[0].waarschuwingen[0].code", equalTo("JAAR_AFGELEID"))
        .body("totalen.aangemaakt", equalTo(1));

    when()
        .get("/v1/onderwerpen/96101")
        .then()
        .statusCode(200)
        .body("versie", equalTo(1))
        .body("herkomst.bron", equalTo("https://example.org/96101"))
        .body("herkomst.parserVersie", equalTo(AgendawijzerParser.VERSIE))
        .body(
            "herkomst.inhoudHash", equalTo(Raadsnummers.sha256(pagina("96101", "Nieuw.", "31/12"))))
        .body("herkomst.waarschuwingen[0].code", equalTo("JAAR_AFGELEID"))
        .body("herkomst.waarschuwingen[0].regel", equalTo(28))
        .body("tijdlijn[1].datum", equalTo("2024-04-11"));
    when()
        .get("/v1/voorstellen/96101.001")
        .then()
        .statusCode(200)
        .body("uitslag", equalTo("AANVAARD"))
        .body("herkomst.bron", equalTo("https://example.org/96101"));
  }

  @Test
  void theSamePageAgainChangesNothingAndAnEditedVoteMakesVersionsOfExactlyWhatChanged() {
    importeer(pagina("96102", "Nieuw.", "31/12"), "96102.txt").statusCode(200);
    String herkomstTijd =
        when().get("/v1/onderwerpen/96102").then().extract().path("herkomst.geimporteerdOp");
    Instant voorHerhaling = Instant.now();

    importeer(pagina("96102", "Nieuw.", "31/12"), "96102.txt")
        .statusCode(200)
        .body("paginas[0].status", equalTo("ONGEWIJZIGD"))
        .body("paginas[0].aangemaakt", hasSize(0))
        .body("paginas[0].bijgewerkt", hasSize(0));
    assertThat(feedSinds(voorHerhaling)).isEmpty();
    when()
        .get("/v1/onderwerpen/96102")
        .then()
        .body("versie", equalTo(1))
        .body("herkomst.geimporteerdOp", equalTo(herkomstTijd));

    Instant voorWijziging = Instant.now();
    importeer(pagina("96102", "Nieuw.", "30/13"), "96102.txt")
        .statusCode(200)
        .body("paginas[0].status", equalTo("BIJGEWERKT"))
        .body("paginas[0].aangemaakt", hasSize(0));

    // The vote and the voorstel that embeds it; the onderwerp itself shows no votes.
    assertThat(feedSinds(voorWijziging))
        .extracting(w -> w.get("type") + " " + w.get("id") + " " + w.get("soort"))
        .containsExactly("STEMMING 96102.001-2024-04-18 GEWIJZIGD", "VOORSTEL 96102.001 GEWIJZIGD");
    when().get("/v1/onderwerpen/96102").then().body("versie", equalTo(1));
    when()
        .get("/v1/voorstellen/96102.001")
        .then()
        .body("versie", equalTo(2))
        .body("stemmingen[0].voor", equalTo(30));
    when().get("/v1/voorstellen/96102").then().body("versie", equalTo(1));

    Instant voorTeaser = Instant.now();
    importeer(pagina("96102", "Anders.", "30/13"), "96102.txt")
        .statusCode(200)
        .body("paginas[0].status", equalTo("BIJGEWERKT"))
        .body("paginas[0].bijgewerkt.id", equalTo(List.of("96102")));
    assertThat(feedSinds(voorTeaser))
        .extracting(w -> w.get("type") + " " + w.get("id"))
        .containsExactly("ONDERWERP 96102");
    when()
        .get("/v1/onderwerpen/96102")
        .then()
        .body("versie", equalTo(2))
        .body("inleiding", equalTo("Anders."));
  }

  @Test
  void anImportedStemmingAndVergaderingShowWhereTheyCameFromAndAnUnchangedReimportLeavesIt() {
    // A date no other test uses, so this page creates the vergadering and its herkomst is ours.
    String tekst = pagina("96131", "Nieuw.", "31/12").replace("18 april 2024", "9 maart 2021");
    importeer(tekst, "https://example.org/96131").statusCode(200);
    String stemming = "/v1/stemmingen/96131.001-2021-03-09";
    String vergadering = when().get(stemming).then().extract().path("vergadering");
    assertThat(vergadering).isNotNull();
    for (String pad : List.of(stemming, "/v1/vergaderingen/" + vergadering)) {
      when()
          .get(pad)
          .then()
          .statusCode(200)
          .body("herkomst.bron", equalTo("https://example.org/96131"))
          .body("herkomst.parserVersie", equalTo(AgendawijzerParser.VERSIE))
          .body("herkomst.inhoudHash", equalTo(Raadsnummers.sha256(tekst)));
    }
    when()
        .get("/v1/voorstellen/96131.001")
        .then()
        .body("stemmingen[0].herkomst.bron", equalTo("https://example.org/96131"));
    String stemmingTijd = when().get(stemming).then().extract().path("herkomst.geimporteerdOp");
    String vergaderingTijd =
        when()
            .get("/v1/vergaderingen/" + vergadering)
            .then()
            .extract()
            .path("herkomst.geimporteerdOp");

    importeer(tekst, "https://example.org/96131")
        .statusCode(200)
        .body("paginas[0].status", equalTo("ONGEWIJZIGD"));
    when()
        .get(stemming)
        .then()
        .body("versie", equalTo(1))
        .body("herkomst.geimporteerdOp", equalTo(stemmingTijd));
    when()
        .get("/v1/vergaderingen/" + vergadering)
        .then()
        .body("versie", equalTo(1))
        .body("herkomst.geimporteerdOp", equalTo(vergaderingTijd));

    // A vote entered by an editor came from no page.
    als()
        .contentType("application/json")
        .body(
            "{\"voorstel\": \"96131.001\", \"datum\": \"2021-04-01\", \"uitslagTekst\": \"AANVAARD\","
                + " \"herkomst\": {\"bron\": \"verzonnen\"}}")
        .post("/v1/stemmingen")
        .then()
        .statusCode(201)
        .body("herkomst", nullValue());
  }

  private List<Map<String, Object>> feedSinds(Instant moment) {
    return given()
        .queryParam("gewijzigdSinds", moment.toString())
        .queryParam("pageSize", 100)
        .get("/v1/wijzigingen")
        .then()
        .statusCode(200)
        .extract()
        .path("_embedded.wijzigingen");
  }

  @Test
  void aDryRunShowsTheParsedPageAndItsWarningsAndStoresNothing() {
    als()
        .contentType("text/plain")
        .queryParam("proefrun", true)
        .body(pagina("96103", "Proef.", "31/12"))
        .post("/v1/importeren")
        .then()
        .statusCode(200)
        .body("proefrun", equalTo(true))
        .body("paginas[0].status", equalTo("AANGEMAAKT"))
        .body("paginas[0].pagina.sjabloon", equalTo("T2"))
        .body("paginas[0].pagina.berichten[0].besluiten[0].voor", equalTo(31))
        .body("paginas[0].pagina.berichten[1].datumAfgeleid", equalTo(true))
        .body("paginas[0].waarschuwingen[0].code", equalTo("JAAR_AFGELEID"));

    when().get("/v1/onderwerpen/96103").then().statusCode(404);
    when().get("/v1/voorstellen/96103.001").then().statusCode(404);
  }

  @Test
  void aBatchImportsEachPageInItsOwnTransactionAndReportsTheRejectedOneWithItsLine() {
    Map<String, Object> batch =
        Map.of(
            "paginas",
            List.of(
                Map.of("bron", "goed.txt", "tekst", pagina("96104", "Goed.", "31/12")),
                Map.of("bron", "wiki.txt", "tekst", "Agendawijzer\nWikioverzicht\nTekst\n"),
                Map.of("bron", "ook-goed.txt", "tekst", pagina("96105", "Goed.", "31/12"))));

    als()
        .contentType("application/json")
        .body(batch)
        .post("/v1/importeren")
        .then()
        .statusCode(200)
        .body("paginas.status", equalTo(List.of("AANGEMAAKT", "GEWEIGERD", "AANGEMAAKT")))
        .body("paginas[1].bron", equalTo("wiki.txt"))
        .body("paginas[1].regel", equalTo(2))
        .body("paginas[1].reden", containsString("overzichtspagina"))
        .body("paginas[1].onderwerp", nullValue())
        .body("totalen.geweigerd", equalTo(1));
    when().get("/v1/onderwerpen/96104").then().statusCode(200);
    when().get("/v1/onderwerpen/96105").then().statusCode(200);
  }

  @Test
  void garbageIsA400NamingTheLineAndTheReason() {
    als()
        .contentType("text/plain")
        .body("Dit is\ngeen pagina.\n")
        .post("/v1/importeren")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .header("API-Version", notNullValue())
        .body("invalidParams[0].name", equalTo("body"))
        .body("invalidParams[0].reason", containsString("Regel 1"))
        .body("invalidParams[0].reason", containsString("Raadsnummer:"));
  }

  @Test
  void aLineLongerThanTheLimitIsA400NamingTheLineAndGeweigerdInABatch() {
    String lang = pagina("96106", "Goed.", "31/12") + "https://a" + ".".repeat(10_000) + "b\n";
    int regel = (int) lang.lines().count();
    als()
        .contentType("text/plain")
        .queryParam("proefrun", true)
        .body(lang)
        .post("/v1/importeren")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .header("API-Version", notNullValue())
        .body("invalidParams[0].name", equalTo("body"))
        .body("invalidParams[0].reason", containsString("Regel " + regel + ":"))
        .body("invalidParams[0].reason", containsString("hoogstens 10000 tekens"));
    als()
        .contentType("application/json")
        .body(Map.of("paginas", List.of(Map.of("bron", "lang.txt", "tekst", lang))))
        .post("/v1/importeren")
        .then()
        .statusCode(200)
        .body("paginas[0].status", equalTo("GEWEIGERD"))
        .body("paginas[0].regel", equalTo(regel));
    when().get("/v1/onderwerpen/96106").then().statusCode(404);
  }

  @Test
  void anEmptyBodyIsA400() {
    als()
        .contentType("text/plain")
        .body(new byte[0])
        .post("/v1/importeren")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("invalidParams[0].reason", containsString("leeg"));
  }

  @Test
  void binaryTextIsA400AndABinaryContentTypeA415() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, (byte) 0xff};
    als()
        .contentType("text/plain; charset=UTF-8")
        .body(png)
        .post("/v1/importeren")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("invalidParams[0].reason", containsString("UTF-8"));
    als()
        .contentType("text/plain")
        .body("Fiets\nRaadsnummer: 24117\u0000\n".getBytes(StandardCharsets.UTF_8))
        .post("/v1/importeren")
        .then()
        .statusCode(400)
        .body("invalidParams[0].reason", containsString("NUL"));
    als()
        .contentType("application/octet-stream")
        .body(png)
        .post("/v1/importeren")
        .then()
        .statusCode(415)
        .contentType("application/problem+json");
  }

  @Test
  void aTenMegabytePageIsA413Problem() {
    byte[] groot = new byte[10 * 1024 * 1024];
    java.util.Arrays.fill(groot, (byte) 'a');
    als()
        .contentType("text/plain")
        .body(groot)
        .post("/v1/importeren")
        .then()
        .statusCode(413)
        .contentType("application/problem+json")
        .header("API-Version", notNullValue())
        .body("status", equalTo(413))
        .body("detail", containsString("bytes"));
  }

  @Test
  void aTopicIsMatchedOnItsNumberInAnySpelling() {
    String pagina =
        "Agendawijzer\n\nDijkversterking\n\nRaadsnummer: RV-77/2021\n\n"
            + "Geschreven op: 01-03-2021 | Laatst bewerkt op: | Status onderwerp: afgerond\n\n"
            + "Over de dijk.\n";
    importeer(pagina, "rv-77.txt")
        .statusCode(200)
        .body("paginas[0].status", equalTo("AANGEMAAKT"))
        .body("paginas[0].onderwerp", equalTo("RV-77/2021"));

    importeer(pagina.replace("RV-77/2021", "rv77/2021"), "rv77.txt")
        .statusCode(200)
        .body("paginas[0].status", equalTo("ONGEWIJZIGD"))
        .body("paginas[0].onderwerp", equalTo("RV-77/2021"));

    given().urlEncodingEnabled(false).get("/v1/onderwerpen/RV77%2F2021").then().statusCode(404);
    given()
        .urlEncodingEnabled(false)
        .get("/v1/onderwerpen/RV-77%2F2021")
        .then()
        .statusCode(200)
        .body("versie", equalTo(1));
  }

  @Test
  void everyNumberOfAPageIsKeptAndMatchedAndTheKeyStaysTheUrl() {
    String pagina =
        "Agendawijzer\n\nSporthal Noord\n\nRaadsnummer: 96171 rv-9/2024\n\n"
            + "Geschreven op: 01-03-2024 | Laatst bewerkt op: | Status onderwerp: afgerond\n\n"
            + "Over de sporthal.\n";
    importeer(pagina, "96171.txt")
        .statusCode(200)
        .body("paginas[0].status", equalTo("AANGEMAAKT"))
        .body("paginas[0].onderwerp", equalTo("96171"));
    when()
        .get("/v1/onderwerpen/96171")
        .then()
        .statusCode(200)
        .body("nummers.nummer", contains("96171", "RV-9/2024"))
        .body("nummers.schema", contains("YYNNN", "RV"));

    importeer(pagina, "96171.txt")
        .statusCode(200)
        .body("paginas[0].status", equalTo("ONGEWIJZIGD"));

    // A page that prints only the second number, in another spelling: the same topic, one number
    // fewer, so a new version; its URL stays the key's.
    importeer(pagina.replace("96171 rv-9/2024", "RV9/2024"), "rv9.txt")
        .statusCode(200)
        .body("paginas[0].status", equalTo("BIJGEWERKT"))
        .body("paginas[0].onderwerp", equalTo("96171"));
    when()
        .get("/v1/onderwerpen/96171")
        .then()
        .statusCode(200)
        .body("versie", equalTo(2))
        .body("nummers.nummer", contains("RV-9/2024"));
    given().urlEncodingEnabled(false).get("/v1/onderwerpen/RV-9%2F2024").then().statusCode(404);
  }

  @Test
  void aNumberThatIsAnotherTopicsIsFlaggedAndNotKept() {
    String pagina =
        "Agendawijzer\n\nZwembad\n\nRaadsnummer: NR\n\n"
            + "Geschreven op: 01-03-2024 | Laatst bewerkt op: | Status onderwerp: afgerond\n\n"
            + "Over het zwembad.\n";
    importeer(pagina.replace("NR", "96175"), "96175.txt").statusCode(200);
    importeer(pagina.replace("NR", "96176"), "96176.txt").statusCode(200);

    importeer(pagina.replace("NR", "96175 96176"), "beide.txt")
        .statusCode(200)
        .body("paginas[0].onderwerp", equalTo("96175"))
        .body("paginas[0].waarschuwingen.code", hasItems("NUMMER_TEGENSTRIJDIG"));
    when().get("/v1/onderwerpen/96175").then().body("nummers.nummer", contains("96175"));
    when().get("/v1/onderwerpen/96176").then().body("nummers.nummer", contains("96176"));
  }

  @Test
  void theReferenceTopicServesItsNumber() {
    when()
        .get("/v1/onderwerpen/23161")
        .then()
        .statusCode(200)
        .body("nummers", hasSize(1))
        .body("nummers[0].nummer", equalTo("23161"))
        .body("nummers[0].schema", equalTo("YYNNN"));
  }

  @Test
  void importingNeedsAKey() {
    given()
        .contentType("text/plain")
        .body(pagina("96106", "x", "1/1"))
        .post("/v1/importeren")
        .then()
        .statusCode(401);
    when().get("/v1/onderwerpen/96106").then().statusCode(404);
  }

  @Test
  void aNumberWithASlashIsReachablePercentEncodedAndItsLinksAreEncoded() {
    String tekst =
        "Agendawijzer\n\n01-03-2022\n\nKrediet dijk\n\nFoto van een dijk\n\nTeaser.\n\n"
            + "3 maart 2022 - Plenair, besluit\n\n"
            + "Raadsvoorstel Krediet dijk (RG-341/2022) AANVAARD 30/10\n\n"
            + "\u00a0\nWie kan ik hierover spreken?\n\nRaadsnummer : RG-341/2022\n";
    importeer(tekst, "rg-341.txt")
        .statusCode(200)
        .body("paginas[0].onderwerp", equalTo("RG-341/2022"));

    given()
        .urlEncodingEnabled(false)
        .get("/v1/voorstellen/RG-341%2F2022")
        .then()
        .statusCode(200)
        .body("nummer", equalTo("RG-341/2022"))
        .body("_links.self.href", containsString("/v1/voorstellen/RG-341%2F2022"))
        .body("_links.onderwerp.href", containsString("/v1/onderwerpen/RG-341%2F2022"));
    given()
        .urlEncodingEnabled(false)
        .get("/v1/onderwerpen/RG-341%2F2022")
        .then()
        .statusCode(200)
        .body("titel", equalTo("Krediet dijk"));
  }
}
