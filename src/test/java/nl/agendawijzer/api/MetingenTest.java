package nl.agendawijzer.api;

import static io.restassured.RestAssured.given;
import static io.restassured.RestAssured.when;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.agendawijzer.ApiTest;
import nl.agendawijzer.Sleutels;
import org.junit.jupiter.api.Test;

/** Health and Prometheus metrics on the management port only, and what they show (ADR 0026). */
@QuarkusTest
class MetingenTest extends ApiTest {

  private final String metrics = Beheerpoort.url("/q/metrics");

  private final String gereed = Beheerpoort.url("/q/health/ready");

  @Test
  void healthAndMetricsAreOnTheManagementPortNotTheApiPort() {
    given().get(gereed).then().statusCode(200);
    given().get(metrics).then().statusCode(200);
    assertThat(java.net.URI.create(metrics).getPort())
        .isNotEqualTo(io.restassured.RestAssured.port);
    for (String pad : new String[] {"/q/metrics", "/q/health", "/q/health/ready"}) {
      when().get(pad).then().statusCode(404).contentType("application/problem+json");
    }
  }

  @Test
  void latencyIsAHistogramPerRouteTemplateNeverPerPath() {
    for (String nummer : new String[] {"23161", "99991", "99992"}) {
      when().get("/v1/onderwerpen/" + nummer);
    }
    for (int i = 0; i < 3; i++) {
      when().get("/willekeurig/" + UUID.randomUUID()).then().statusCode(404);
      when().get("/v1/onderwerpen/" + UUID.randomUUID() + "/x").then().statusCode(404);
    }
    String tekst = scrape();

    assertThat(tekst)
        .containsPattern(
            "http_server_requests_seconds_bucket\\{[^}]*uri=\"/onderwerpen/\\{raadsnummer\\}\",le=\"")
        .doesNotContain("23161\"", "99991\"")
        .doesNotContain("/willekeurig/")
        // The status tag is what error counts are read from.
        .containsPattern("http_server_requests_seconds_count\\{[^}]*status=\"404\"");
    assertThat(uris(tekst)).as("series per uri stay bounded").hasSizeLessThan(60);
  }

  @Test
  void importedPagesAreCountedByOutcome() throws IOException {
    String sleutel = Sleutels.redacteur("Metingen").sleutel();
    // A dry run: counted like any import, and it leaves the reference data other tests read as is.
    String reeks = "agendawijzer_import_paginas_total{proefrun=\"true\",status=\"";
    double voor = waarde(scrape(), reeks);
    given()
        .auth()
        .oauth2(sleutel)
        .contentType("text/plain")
        .queryParam("proefrun", true)
        .body(Files.readString(Path.of("src/main/resources/referentiedata/23161-mensenhandel.txt")))
        .post("/v1/importeren")
        .then()
        .statusCode(200);

    assertThat(waarde(scrape(), reeks)).isEqualTo(voor + 1);
  }

  @Test
  void theDatabasePoolIsMeasured() {
    assertThat(scrape())
        .containsPattern("(?m)^agroal_active_count\\{[^}]*datasource=\"default\"")
        .containsPattern("(?m)^agroal_available_count\\{");
  }

  private String scrape() {
    return given().get(metrics).then().statusCode(200).extract().asString();
  }

  private static double waarde(String tekst, String reeks) {
    // Summed over the outcomes: whatever this page's outcome, it is counted once.
    Matcher m =
        Pattern.compile("(?m)^" + Pattern.quote(reeks) + "[A-Z]+\"} (\\S+)$").matcher(tekst);
    double som = 0;
    while (m.find()) {
      som += Double.parseDouble(m.group(1));
    }
    return som;
  }

  private static java.util.Set<String> uris(String tekst) {
    java.util.Set<String> uris = new java.util.TreeSet<>();
    Matcher m =
        Pattern.compile("http_server_requests_seconds_count\\{[^}]*uri=\"([^\"]*)\"")
            .matcher(tekst);
    while (m.find()) {
      uris.add(m.group(1));
    }
    return uris;
  }
}
