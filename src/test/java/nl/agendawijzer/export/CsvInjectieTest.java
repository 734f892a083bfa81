package nl.agendawijzer.export;

import static io.restassured.RestAssured.given;
import static io.restassured.RestAssured.when;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import nl.agendawijzer.ApiTest;
import nl.agendawijzer.Sleutels;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** A title a spreadsheet would run arrives in CSV as text, and verbatim in JSON and NDJSON. */
@QuarkusTest
class CsvInjectieTest extends ApiTest {

  private static final String FORMULE = "=HYPERLINK(\"https://kwaad.example\";\"Klik\")";

  @Test
  void aFormulaInATitleIsTextInEveryCsvAndVerbatimElsewhere() throws Exception {
    Sleutels.Sleutel redacteur = Sleutels.redacteur("Griffie - formules");
    given()
        .auth()
        .oauth2(redacteur.sleutel())
        .contentType("application/json")
        .body(JSON.createObjectNode().put("raadsnummer", "86001").put("titel", FORMULE).toString())
        .post("/v1/onderwerpen")
        .then()
        .statusCode(201);

    Map<String, String> export =
        rijen(when().get("/v1/exports/onderwerpen.csv").then().statusCode(200).extract().asString())
            .stream()
            .filter(r -> r.get("raadsnummer").equals("86001"))
            .findFirst()
            .orElseThrow();
    assertThat(export.get("titel")).isEqualTo("'" + FORMULE);
    // The version is a typed integer: never prefixed.
    assertThat(export.get("versie")).isEqualTo("1");

    String detail =
        given()
            .accept("text/csv")
            .get("/v1/onderwerpen/86001")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(rijen(detail))
        .singleElement()
        .satisfies(r -> assertThat(r.get("titel")).isEqualTo("'" + FORMULE));

    given().get("/v1/onderwerpen/86001").then().statusCode(200).body("titel", equalTo(FORMULE));
    String ndjson =
        when().get("/v1/exports/onderwerpen.ndjson").then().statusCode(200).extract().asString();
    assertThat(
            ndjson
                .lines()
                .map(this::lees)
                .filter(r -> r.get("raadsnummer").asText().equals("86001")))
        .singleElement()
        .satisfies(r -> assertThat(r.get("titel").asText()).isEqualTo(FORMULE));
  }

  @Test
  void theDatapackageSaysSoForTextColumnsOnly() throws Exception {
    JsonNode datapackage = JSON.readTree(when().get("/v1/exports/datapackage.json").asString());
    for (JsonNode bron : datapackage.get("resources")) {
      for (JsonNode veld : bron.at("/schema/fields")) {
        boolean tekst = veld.get("type").asText().equals("string");
        assertThat(veld.get("description").asText().contains("als formule"))
            .as(bron.get("name").asText() + "." + veld.get("name").asText())
            .isEqualTo(tekst);
      }
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonNode lees(String regel) {
    try {
      return JSON.readTree(regel);
    } catch (Exception e) {
      throw new AssertionError(regel, e);
    }
  }

  private static List<Map<String, String>> rijen(String csv) throws Exception {
    try (CSVParser parser =
        CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(csv))) {
      return parser.getRecords().stream().map(CSVRecord::toMap).toList();
    }
  }
}
