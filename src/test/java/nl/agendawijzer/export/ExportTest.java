package nl.agendawijzer.export;

import static io.restassured.RestAssured.given;
import static io.restassured.RestAssured.when;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import nl.agendawijzer.ApiTest;
import nl.agendawijzer.Sleutels;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ExportTest extends ApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static Sleutels.Sleutel redacteur;

  @BeforeEach
  void data() {
    if (redacteur == null) {
      redacteur = Sleutels.redacteur("Griffie - exports");
      // A vote without numbers and without a meeting: empty fields in the CSV, nulls in JSON.
      maak(
          "/v1/onderwerpen", "{\"raadsnummer\": \"81001\", \"titel\": \"Export, \\\"quotes\\\"\"}");
      maak(
          "/v1/voorstellen",
          "{\"nummer\": \"81001.001\", \"soort\": \"MOTIE\", \"titel\": \"Regel 1\\nregel 2; é\","
              + " \"onderwerp\": \"81001\"}");
      maak(
          "/v1/stemmingen",
          "{\"voorstel\": \"81001.001\", \"datum\": \"2024-02-01\", \"uitslagTekst\":"
              + " \"Aanvaard\"}");
      // A faction with seats only in 1991 (no other test's stemmingen fall there) and its result.
      maak(
          "/v1/fracties",
          "{\"id\": \"export-fractie\", \"naam\": \"Export, \\\"fractie\\\"\", \"zetelperioden\":"
              + " [{\"zetels\": 3, \"geldigVanaf\": \"1991-01-01\", \"geldigTot\":"
              + " \"1991-12-31\"}]}");
      maak(
          "/v1/voorstellen",
          "{\"nummer\": \"81001.002\", \"soort\": \"MOTIE\", \"titel\": \"Met fracties\","
              + " \"onderwerp\": \"81001\"}");
      fractieStemming =
          maak(
              "/v1/stemmingen",
              "{\"voorstel\": \"81001.002\", \"datum\": \"1991-05-02\", \"uitslagTekst\":"
                  + " \"Verworpen\", \"voor\": 1, \"tegen\": 2, \"fracties\": [{\"fractie\":"
                  + " \"export-fractie\", \"keuze\": \"VERDEELD\", \"voor\": 1, \"tegen\": 2}]}");
    }
  }

  private static String fractieStemming;

  /** Creates a resource through the API; returns its Location. */
  private static String maak(String pad, String body) {
    return given()
        .auth()
        .oauth2(redacteur.sleutel())
        .contentType("application/json")
        .body(body)
        .post(pad)
        .then()
        .statusCode(201)
        .extract()
        .header("Location");
  }

  @Test
  void factionsTheirSeatsAndTheirResultsExportWithTheSeatsOnTheDay() throws Exception {
    String stemming = fractieStemming.substring(fractieStemming.lastIndexOf('/') + 1);
    assertThat(rijen("fracties"))
        .anySatisfy(
            r -> {
              assertThat(r.get("id")).isEqualTo("export-fractie");
              assertThat(r.get("naam")).isEqualTo("Export, \"fractie\"");
              assertThat(r.get("afkorting")).isEmpty();
            });
    assertThat(rijen("fractie-zetels"))
        .anySatisfy(
            r ->
                assertThat(r)
                    .containsEntry("fractie", "export-fractie")
                    .containsEntry("geldigVanaf", "1991-01-01")
                    .containsEntry("geldigTot", "1991-12-31")
                    .containsEntry("zetels", "3"));
    assertThat(rijen("fractie-uitslagen"))
        .filteredOn(r -> r.get("stemming").equals(stemming))
        .singleElement()
        .satisfies(
            r ->
                assertThat(r)
                    .containsEntry("fractie", "export-fractie")
                    .containsEntry("zetels", "3")
                    .containsEntry("keuze", "VERDEELD")
                    .containsEntry("voor", "1")
                    .containsEntry("tegen", "2"));
    JsonNode uitslagen = null;
    for (JsonNode r :
        JSON.readTree(when().get("/v1/exports/datapackage.json").asString()).get("resources")) {
      if (r.get("name").asText().equals("fractie-uitslagen")) {
        uitslagen = r;
      }
    }
    assertThat(uitslagen).isNotNull();
    assertThat(uitslagen.at("/schema/primaryKey").toString())
        .isEqualTo("[\"stemming\",\"fractie\"]");
    assertThat(uitslagen.at("/schema/foreignKeys").size()).isEqualTo(2);
  }

  private static List<Map<String, String>> rijen(String collectie) throws Exception {
    String csv =
        when().get("/v1/exports/" + collectie + ".csv").then().statusCode(200).extract().asString();
    try (CSVParser parser =
        CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(csv))) {
      return parser.getRecords().stream().map(CSVRecord::toMap).toList();
    }
  }

  @Test
  void theStemmingenCsvHasTheDatapackageTypesAndEqualsTheJsonApiRowByRow() throws Exception {
    JsonNode datapackage =
        JSON.readTree(
            when().get("/v1/exports/datapackage.json").then().statusCode(200).extract().asString());
    JsonNode bron = null;
    for (JsonNode r : datapackage.get("resources")) {
      if (r.get("name").asText().equals("stemmingen")) {
        bron = r;
      }
    }
    assertThat(bron).isNotNull();
    assertThat(bron.get("path").asText()).endsWith("/v1/exports/stemmingen.csv");
    assertThat(datapackage.at("/licenses/0/name").asText()).isEqualTo("CC0-1.0");
    List<String> namen = new ArrayList<>();
    Map<String, String> typen = new HashMap<>();
    bron.at("/schema/fields")
        .forEach(
            f -> {
              namen.add(f.get("name").asText());
              typen.put(f.get("name").asText(), f.get("type").asText());
            });
    assertThat(bron.at("/schema/primaryKey/0").asText()).isEqualTo("id");

    byte[] bytes =
        when()
            .get("/v1/exports/stemmingen.csv")
            .then()
            .statusCode(200)
            .contentType(org.hamcrest.Matchers.startsWith("text/csv"))
            .extract()
            .asByteArray();
    String csv = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    assertThat(csv).contains("\r\n");
    Map<String, CSVRecord> rijen = new HashMap<>();
    try (CSVParser parser =
        CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(csv))) {
      assertThat(parser.getHeaderNames()).isEqualTo(namen);
      for (CSVRecord record : parser) {
        for (String naam : namen) {
          assertParses(typen.get(naam), record.get(naam));
        }
        rijen.put(record.get("id"), record);
      }
    }

    int vergeleken = 0;
    String volgende = "/v1/stemmingen?pageSize=7&sort=id";
    while (volgende != null) {
      JsonNode pagina =
          JSON.readTree(when().get(volgende).then().statusCode(200).extract().asString());
      for (JsonNode stemming : pagina.at("/_embedded/stemmingen")) {
        CSVRecord rij = rijen.get(stemming.get("id").asText());
        assertThat(rij).as(stemming.get("id").asText()).isNotNull();
        for (String naam : namen) {
          JsonNode waarde =
              naam.equals("controle") ? stemming.at("/controle/status") : stemming.get(naam);
          String verwacht = waarde == null || waarde.isNull() ? "" : waarde.asText();
          assertThat(rij.get(naam))
              .as(stemming.get("id").asText() + " " + naam)
              .isEqualTo(verwacht);
        }
        vergeleken++;
      }
      JsonNode next = pagina.at("/_links/next/href");
      volgende = next.isMissingNode() ? null : next.asText();
    }
    assertThat(vergeleken).isEqualTo(rijen.size()).isGreaterThanOrEqualTo(3);
    assertThat(rijen.get("81001.001-2024-02-01").get("voor")).isEmpty();
  }

  private static void assertParses(String type, String value) {
    if (value.isEmpty()) {
      return; // missingValues: [""]
    }
    switch (type) {
      case "integer" -> Long.parseLong(value);
      case "date" -> LocalDate.parse(value);
      case "datetime" -> Instant.parse(value);
      case "boolean" -> assertThat(value).isIn("true", "false");
      case "number" -> Double.parseDouble(value);
      case "string" -> {}
      default -> throw new AssertionError("onbekend type " + type);
    }
  }

  @Test
  void textWithQuotesAndNewlinesSurvivesTheCsv() throws Exception {
    String csv =
        when().get("/v1/exports/voorstellen.csv").then().statusCode(200).extract().asString();
    try (CSVParser parser =
        CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(csv))) {
      CSVRecord motie =
          parser.stream()
              .filter(r -> r.get("nummer").equals("81001.001"))
              .findFirst()
              .orElseThrow();
      assertThat(motie.get("titel")).isEqualTo("Regel 1\nregel 2; é");
      assertThat(motie.get("uitslag")).isEqualTo("AANVAARD");
      assertThat(motie.get("datum")).isEqualTo("2024-02-01");
    }
    String onderwerpen = when().get("/v1/exports/onderwerpen.csv").then().extract().asString();
    assertThat(onderwerpen).contains("\"Export, \"\"quotes\"\"\"");
  }

  @Test
  void everyCollectionExportsAsNdjsonWithTheCsvColumns() throws Exception {
    for (String collectie :
        List.of(
            "onderwerpen",
            "doelen",
            "documenten",
            "voorstellen",
            "stemmingen",
            "vergaderingen",
            "fracties",
            "fractie-zetels",
            "fractie-uitslagen")) {
      String csv =
          when()
              .get("/v1/exports/" + collectie + ".csv")
              .then()
              .statusCode(200)
              .extract()
              .asString();
      String ndjson =
          when()
              .get("/v1/exports/" + collectie + ".ndjson")
              .then()
              .statusCode(200)
              .contentType("application/x-ndjson")
              .extract()
              .asString();
      List<String> header;
      int rows;
      try (CSVParser parser =
          CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(csv))) {
        header = parser.getHeaderNames();
        rows = parser.getRecords().size();
      }
      String[] lines = ndjson.split("\n");
      assertThat(lines).as(collectie).hasSize(rows);
      List<String> keys = new ArrayList<>();
      JSON.readTree(lines[0]).fieldNames().forEachRemaining(keys::add);
      assertThat(keys).as(collectie).isEqualTo(header);
    }
    JsonNode stemming =
        JSON.readTree(
            when().get("/v1/exports/stemmingen.ndjson").then().extract().asString().split("\n")[0]);
    assertThat(stemming.get("versie").isInt()).isTrue();
  }

  @Test
  void anUnchangedSnapshotIsNotDownloadedTwiceAndAWriteChangesIt() {
    String etag =
        when().get("/v1/exports/vergaderingen.csv").then().statusCode(200).extract().header("ETag");
    given()
        .header("If-None-Match", etag)
        .get("/v1/exports/vergaderingen.csv")
        .then()
        .statusCode(304)
        .header("ETag", etag);
    String ndjsonEtag =
        when().get("/v1/exports/vergaderingen.ndjson").then().extract().header("ETag");
    assertThat(ndjsonEtag).isNotEqualTo(etag);

    maak(
        "/v1/vergaderingen",
        "{\"id\": \"2024-03-07-plenair-export\", \"datum\": \"2024-03-07\", \"soort\": \"PLENAIR\","
            + " \"omschrijving\": \"Raadsvergadering\"}");

    given()
        .header("If-None-Match", etag)
        .get("/v1/exports/vergaderingen.csv")
        .then()
        .statusCode(200)
        .header("ETag", org.hamcrest.Matchers.not(equalTo(etag)));
  }

  @Test
  void gzipWhenAskedWithItsOwnEtag() throws Exception {
    String plain = when().get("/v1/exports/stemmingen.csv").then().extract().asString();
    var response =
        given()
            .config(
                RestAssuredConfig.config()
                    .decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
            .header("Accept-Encoding", "gzip")
            .get("/v1/exports/stemmingen.csv")
            .then()
            .statusCode(200)
            .header("Content-Encoding", "gzip")
            .header("Vary", org.hamcrest.Matchers.containsString("Accept-Encoding"))
            .extract();
    assertThat(response.header("ETag")).endsWith("-gzip\"");
    byte[] unzipped =
        new GZIPInputStream(new ByteArrayInputStream(response.asByteArray())).readAllBytes();
    assertThat(new String(unzipped, java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(plain);
  }

  @Test
  void anUnknownCollectionIsA404Problem() {
    when()
        .get("/v1/exports/geheimen.csv")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("detail", org.hamcrest.Matchers.containsString("geheimen"));
  }
}
