package nl.agendawijzer.importeren;

import static io.restassured.RestAssured.given;
import static io.restassured.RestAssured.when;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
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

/**
 * Faction lines on imported pages become the stemming's faction results (ADR 0010). Everything
 * happens in 2034, a year no other test gives seats or votes, so the check of these stemmingen sees
 * only the factions made here.
 */
@QuarkusTest
class FractieregelImportTest extends ApiTest {

  private static String sleutel;

  @BeforeEach
  void klaarzetten() {
    if (sleutel == null) {
      sleutel = Sleutels.redacteur("importeur - fracties").sleutel();
      fractie("fietsers-34", "Fietsers Vierendertig", "FV34", 25);
      fractie("lopers-34", "Lopers Vierendertig", "LV-34", 5);
      fractie("rijders-34", "Rijders Vierendertig", "RV34", 5);
    }
  }

  private static RequestSpecification als() {
    return given().auth().oauth2(sleutel);
  }

  private static void fractie(String id, String naam, String afkorting, int zetels) {
    als()
        .contentType("application/json")
        .body(
            Map.of(
                "id",
                id,
                "naam",
                naam,
                "afkorting",
                afkorting,
                "zetelperioden",
                List.of(
                    Map.of(
                        "zetels", zetels, "geldigVanaf", "2034-01-01", "geldigTot", "2034-12-31"))))
        .post("/v1/fracties")
        .then()
        .statusCode(201);
  }

  /** A page with two items on a date in 2034, each followed by the given faction line (or none). */
  private static String pagina(String nr, String dag, String fractieregel1, String fractieregel2) {
    return "Agendawijzer\n\nFietsroute "
        + nr
        + "\n\nRaadsnummer: "
        + nr
        + "\n\n"
        + "Geschreven op: 04-04-2034 | Laatst bewerkt op: 19-04-2034 | Status onderwerp: afgerond\n\n"
        + "Afbeelding:Foto van een fietsroute\n\n"
        + "Over de route.\n\n\u00a0\nWaar gaat het over?\n\n"
        + "Over fietsen.\n\n\u00a0\nEerdere berichten\n\n"
        + "Hieronder vindt u berichten uit de historie van dit onderwerp.\n\n"
        + dag
        + " april 2034 - Plenair, besluit.\n\n"
        + "  • Brede fietspaden ("
        + nr
        + ".001) AANVAARD 30/5\n"
        + (fractieregel1 == null ? "" : fractieregel1 + "\n")
        + "  • Fietsroute "
        + nr
        + " ("
        + nr
        + ") AANVAARD 28/7\n"
        + (fractieregel2 == null ? "" : fractieregel2 + "\n")
        + "\n";
  }

  private static int regel(String tekst, String begin) {
    List<String> regels = tekst.lines().toList();
    for (int i = 0; i < regels.size(); i++) {
      if (regels.get(i).startsWith(begin)) {
        return i + 1;
      }
    }
    throw new AssertionError("geen regel " + begin);
  }

  private static ValidatableResponse importeer(String tekst) {
    return als()
        .contentType("text/plain; charset=UTF-8")
        .queryParam("bron", "fractieregels.txt")
        .body(tekst.getBytes(StandardCharsets.UTF_8))
        .post("/v1/importeren")
        .then()
        .statusCode(200);
  }

  private static List<Map<String, Object>> feedSinds(Instant moment) {
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
  void aFactionLineIsStoredAsFactionResultsMatchedOnNaamOrAfkortingAndTheCheckCountsThem() {
    // "fietsers-vierendertig" is the naam with a hyphen, "lv 34" the afkorting without one.
    String tekst =
        pagina("96201", "18", "Voor: fietsers-vierendertig (30) | Tegen: lv 34 (5)", null);
    importeer(tekst)
        .body("paginas[0].status", equalTo("AANGEMAAKT"))
        .body("paginas[0].waarschuwingen.code", not(hasItem("FRACTIE_ONBEKEND")));

    when()
        .get("/v1/stemmingen/96201.001-2034-04-18")
        .then()
        .statusCode(200)
        .body("versie", equalTo(1))
        .body("fracties.fractie", contains("fietsers-34", "lopers-34"))
        .body("fracties.keuze", contains("VOOR", "TEGEN"))
        .body("fracties.zetels", contains(25, 5))
        // The line counts per side, not per faction: the check derives them from the seats.
        .body("fracties[0].voor", nullValue())
        .body("controle.status", equalTo("AFWIJKING"))
        .body("controle.meldingen.code", hasItem("FRACTIES_VOOR_TELT_NIET_OP"))
        .body("controle.meldingen.tekst", hasItem("Fracties samen 25 voor, stemming 30."))
        .body("controle.meldingen.code", hasItem("FRACTIES_ONTBREKEN"))
        .body("controle.meldingen.code", not(hasItem("FRACTIES_TEGEN_TELT_NIET_OP")));
    // The item without a faction line has no faction results.
    when().get("/v1/stemmingen/96201-2034-04-18").then().body("fracties", empty());
    // One version of the voorstel, and it already embeds the results.
    when()
        .get("/v1/voorstellen/96201.001")
        .then()
        .body("versie", equalTo(1))
        .body("stemmingen[0].fracties", hasSize(2));

    given()
        .queryParam("datumVanaf", "2034-04-18")
        .queryParam("datumTot", "2034-04-18")
        .get("/v1/fracties/lopers-34/stemgedrag")
        .then()
        .statusCode(200)
        .body("_embedded.stemgedrag.stemming", contains("96201.001-2034-04-18"))
        .body("_embedded.stemgedrag.keuze", contains("TEGEN"))
        .body("_embedded.stemgedrag.zetels", contains(5));
  }

  @Test
  void anUnknownFactionNameIsAWarningWithItsLineAndTheKnownFactionsAreStillStored() {
    String regel1 = "Voor: Fietsers Vierendertig, Onbekende Partij (28) | Tegen: LV-34 (5)";
    String regel2 = "Voor: Niemand (40) | Tegen: Nog Minder (3)";
    String tekst = pagina("96202", "19", regel1, regel2);
    importeer(tekst)
        .body("paginas[0].status", equalTo("AANGEMAAKT"))
        .body(
            "paginas[0].waarschuwingen.findAll { it.code == 'FRACTIE_ONBEKEND' }.regel",
            contains(regel(tekst, regel1), regel(tekst, regel2), regel(tekst, regel2)))
        .body(
            "paginas[0].waarschuwingen.findAll { it.code == 'FRACTIE_ONBEKEND' }[0].tekst",
            containsString("'Onbekende Partij' bij 96202.001"));

    when()
        .get("/v1/stemmingen/96202.001-2034-04-19")
        .then()
        .body("fracties.fractie", contains("fietsers-34", "lopers-34"));
    // No name of the second line matches: nothing stored, no faction invented.
    when().get("/v1/stemmingen/96202-2034-04-19").then().body("fracties", empty());
    when().get("/v1/fracties/onbekende-partij").then().statusCode(404);
    when().get("/v1/fracties/niemand").then().statusCode(404);
    when()
        .get("/v1/onderwerpen/96202")
        .then()
        .body(
            "herkomst.waarschuwingen.findAll { it.code == 'FRACTIE_ONBEKEND' }.tekst",
            hasItem(containsString("'Nog Minder' bij 96202")));
  }

  @Test
  void theSamePageAgainIsUnchangedAndOnceTheFactionExistsItIsAddedWithOneVersion() {
    String tekst =
        pagina(
            "96203", "20", "Voor: FV34, Zwemmers Vierendertig (30) | Tegen: lopers-34 (5)", null);
    importeer(tekst).body("paginas[0].status", equalTo("AANGEMAAKT"));

    Instant voorHerhaling = Instant.now();
    importeer(tekst)
        .body("paginas[0].status", equalTo("ONGEWIJZIGD"))
        .body("paginas[0].aangemaakt", hasSize(0))
        .body("paginas[0].bijgewerkt", hasSize(0))
        .body("paginas[0].waarschuwingen.code", hasItem("FRACTIE_ONBEKEND"));
    assertThat(feedSinds(voorHerhaling)).isEmpty();
    when().get("/v1/stemmingen/96203.001-2034-04-20").then().body("versie", equalTo(1));

    // The editor enters the faction the page named: the same text now reads differently.
    fractie("zwemmers-34", "Zwemmers Vierendertig", "ZV34", 5);
    // New seats in 2034 already made a version (its check now misses the new faction).
    int versie = when().get("/v1/stemmingen/96203.001-2034-04-20").then().extract().path("versie");
    Instant voorFractie = Instant.now();
    importeer(tekst)
        .body("paginas[0].status", equalTo("BIJGEWERKT"))
        .body("paginas[0].waarschuwingen.code", not(hasItem("FRACTIE_ONBEKEND")));
    assertThat(feedSinds(voorFractie))
        .extracting(w -> w.get("type") + " " + w.get("id") + " " + w.get("soort"))
        .containsExactly("STEMMING 96203.001-2034-04-20 GEWIJZIGD", "VOORSTEL 96203.001 GEWIJZIGD");
    when()
        .get("/v1/stemmingen/96203.001-2034-04-20")
        .then()
        .body("versie", equalTo(versie + 1))
        .body("fracties.fractie", contains("fietsers-34", "lopers-34", "zwemmers-34"));

    Instant voorDerde = Instant.now();
    importeer(tekst).body("paginas[0].status", equalTo("ONGEWIJZIGD"));
    assertThat(feedSinds(voorDerde)).isEmpty();
  }

  @Test
  void aFactionOnBothSidesIsVerdeeldAndAnEditorsDetailOfAnUnchangedKeuzeIsKept() {
    String tekst =
        pagina(
            "96204",
            "21",
            "Voor: Fietsers Vierendertig, Rijders Vierendertig (30) | Tegen: LV34, rijders-34 (5)",
            null);
    importeer(tekst);
    String stemming = "/v1/stemmingen/96204.001-2034-04-21";
    when()
        .get(stemming)
        .then()
        .body("fracties.fractie", contains("fietsers-34", "lopers-34", "rijders-34"))
        .body("fracties.keuze", contains("VOOR", "TEGEN", "VERDEELD"));

    // An editor adds the divided faction's numbers; the page, edited elsewhere, is imported again.
    als()
        .contentType("application/merge-patch+json")
        .header("If-Match", "\"1\"")
        .body(
            """
            {"fracties": [{"fractie": "fietsers-34", "keuze": "VOOR"},
              {"fractie": "lopers-34", "keuze": "TEGEN"},
              {"fractie": "rijders-34", "keuze": "VERDEELD", "voor": 3, "tegen": 2}]}""")
        .patch(stemming)
        .then()
        .statusCode(200);
    importeer(tekst.replace("Over de route.", "Over de nieuwe route."))
        .body("paginas[0].status", equalTo("BIJGEWERKT"))
        .body("paginas[0].bijgewerkt.id", contains("96204"));
    when()
        .get(stemming)
        .then()
        .body("versie", equalTo(2))
        .body("fracties[2].voor", equalTo(3))
        .body("fracties[2].tegen", equalTo(2));
  }

  @Test
  void aNameThatFitsTwoFactionsIsNotGuessedButAWarning() {
    // Without seats, so the checks of the other stemmingen in 2034 do not change.
    for (String id : List.of("dubbel-a-34", "dubbel-b-34")) {
      als()
          .contentType("application/json")
          .body(
              Map.of(
                  "id",
                  id,
                  "naam",
                  "Partij " + id,
                  "afkorting",
                  "DB34",
                  "zetelperioden",
                  List.of()))
          .post("/v1/fracties")
          .then()
          .statusCode(201);
    }
    String tekst = pagina("96206", "23", "Voor: DB 34, Fietsers Vierendertig (30)", null);
    importeer(tekst)
        .body(
            "paginas[0].waarschuwingen.findAll { it.code == 'FRACTIE_ONBEKEND' }.tekst",
            contains(containsString("'DB 34' bij 96206.001")));
    when()
        .get("/v1/stemmingen/96206.001-2034-04-23")
        .then()
        .body("fracties.fractie", contains("fietsers-34"));
  }

  @Test
  void aDryRunShowsTheFactionLineWithItsLineAndStoresNoResults() {
    String regel = "Voor: Fietsers Vierendertig (30) | Tegen: Lopers Vierendertig (5)";
    String tekst = pagina("96205", "22", regel, null);
    als()
        .contentType("text/plain")
        .queryParam("proefrun", true)
        .body(tekst)
        .post("/v1/importeren")
        .then()
        .statusCode(200)
        .body("paginas[0].status", equalTo("AANGEMAAKT"))
        .body(
            "paginas[0].pagina.berichten[0].besluiten[0].fracties.fractie",
            contains("Fietsers Vierendertig", "Lopers Vierendertig"))
        .body(
            "paginas[0].pagina.berichten[0].besluiten[0].fracties[0].regel",
            equalTo(regel(tekst, regel)));

    when().get("/v1/stemmingen/96205.001-2034-04-22").then().statusCode(404);
    given()
        .queryParam("datumVanaf", "2034-04-22")
        .queryParam("datumTot", "2034-04-22")
        .get("/v1/fracties/fietsers-34/stemgedrag")
        .then()
        .statusCode(200)
        .body("_embedded.stemgedrag", empty());
  }
}
