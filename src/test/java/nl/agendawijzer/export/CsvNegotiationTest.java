package nl.agendawijzer.export;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.StringReader;
import java.util.List;
import nl.agendawijzer.ApiTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CsvNegotiationTest extends ApiTest {

  private static List<CSVRecord> csv(String tekst, List<String> header) throws Exception {
    try (CSVParser parser =
        CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(tekst))) {
      assertThat(parser.getHeaderNames()).isEqualTo(header);
      return parser.getRecords();
    }
  }

  private static List<String> exportHeader(String collectie) throws Exception {
    String export = given().get("/v1/exports/" + collectie + ".csv").then().extract().asString();
    try (CSVParser parser =
        CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(export))) {
      return parser.getHeaderNames();
    }
  }

  @Test
  void aListAnswersCsvWithTheExportColumnsAndItsOwnEtag() throws Exception {
    var antwoord =
        given()
            .accept("text/csv")
            .get("/v1/stemmingen?sort=id&pageSize=5")
            .then()
            .statusCode(200)
            .contentType(startsWith("text/csv"))
            .header("ETag", endsWith("-csv\""))
            .extract();
    List<CSVRecord> rijen = csv(antwoord.asString(), exportHeader("stemmingen"));
    JsonPath json = given().get("/v1/stemmingen?sort=id&pageSize=5").then().extract().jsonPath();
    assertThat(rijen)
        .extracting(r -> r.get("id"))
        .isEqualTo(json.getList("_embedded.stemmingen.id"));
    assertThat(rijen)
        .extracting(r -> r.get("controle"))
        .isEqualTo(json.getList("_embedded.stemmingen.controle.status"));

    given()
        .accept("text/csv")
        .header("If-None-Match", antwoord.header("ETag"))
        .get("/v1/stemmingen?sort=id&pageSize=5")
        .then()
        .statusCode(304);
  }

  @Test
  void everyListAndDetailAnswersCsv() throws Exception {
    for (String[] pad :
        new String[][] {
          {"/v1/onderwerpen", "onderwerpen"},
          {"/v1/onderwerpen/23161", "onderwerpen"},
          {"/v1/voorstellen", "voorstellen"},
          {"/v1/voorstellen/23161.001", "voorstellen"},
          {"/v1/stemmingen/23161.001-2023-10-12", "stemmingen"},
          {"/v1/vergaderingen", "vergaderingen"},
          {"/v1/vergaderingen/2023-10-12-plenair", "vergaderingen"},
          {"/v1/documenten", "documenten"},
          {"/v1/voorstellen/23161.001?peilmoment=2999-01-01T00:00:00Z", "voorstellen"}
        }) {
      String tekst =
          given().accept("text/csv").get(pad[0]).then().statusCode(200).extract().asString();
      assertThat(csv(tekst, exportHeader(pad[1]))).as(pad[0]).isNotEmpty();
    }
    String voorstel =
        given().accept("text/csv").get("/v1/voorstellen/23161.001").then().extract().asString();
    CSVRecord rij = csv(voorstel, exportHeader("voorstellen")).get(0);
    assertThat(rij.get("nummer")).isEqualTo("23161.001");
    assertThat(rij.get("uitslag")).isEqualTo("AANVAARD");
    assertThat(rij.get("datum")).isEqualTo("2023-10-12");
  }

  @Test
  void anAcceptThatCannotBeServedIs406Problem() {
    given()
        .accept("application/xml")
        .get("/v1/stemmingen")
        .then()
        .statusCode(406)
        .contentType("application/problem+json");
    given().accept("text/csv").get("/v1/raad").then().statusCode(406);
  }
}
