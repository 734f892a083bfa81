package nl.agendawijzer.versies;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import nl.agendawijzer.ApiTest;
import nl.agendawijzer.Sleutels;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Kept list pages (Lijstpaginas, docs/adr/0022): a kept page has the resource's headers and bytes,
 * is served without reading the database, and ends with the first write on this replica; readers
 * never see a page older than a write already answered. Freshness across two replicas is
 * .ci/replica-check.
 */
@QuarkusTest
class LijstpaginasTest extends ApiTest {

  /** An Accept that also names CSV: content negotiation, so the resource answers every time. */
  private static final String NAAR_DE_RESOURCE = "application/json, text/csv;q=0.1";

  @Inject DataSource dataSource;
  @Inject HuidigeVersies huidigeVersies;
  @Inject FeedPosities posities;

  @ConfigProperty(name = "quarkus.hibernate-orm.database.default-schema")
  Optional<String> schema;

  @Test
  void aKeptPageHasTheHeadersAndBytesOfTheResourcesAnswer() {
    voorstelVan(Sleutels.redacteur("Griffie - lijstpagina's"), "88201", "Kopjes");
    for (String pad :
        List.of(
            "/v1/voorstellen?pageSize=2",
            "/v1/onderwerpen?pageSize=3&sort=-raadsnummer",
            "/v1/onderwerpen/88201/voorstellen",
            "/v1/stemmingen",
            "/v1/onderwerpen/23161/doelen")) {
      given().get(pad).then().statusCode(200);
      Response uitGeheugen = given().get(pad).thenReturn();
      Response vanResource = given().header("Accept", NAAR_DE_RESOURCE).get(pad).thenReturn();
      assertThat(uitGeheugen.asByteArray()).as(pad).isEqualTo(vanResource.asByteArray());
      assertThat(kopjes(uitGeheugen)).as(pad).isEqualTo(kopjes(vanResource));
      String etag = uitGeheugen.header("ETag");
      Response niets =
          given().header("If-None-Match", etag).header("Origin", "https://example.org").get(pad);
      Response nietsVanResource =
          given()
              .header("If-None-Match", etag)
              .header("Origin", "https://example.org")
              .header("Accept", NAAR_DE_RESOURCE)
              .get(pad);
      assertThat(niets.statusCode()).as(pad).isEqualTo(304);
      assertThat(kopjes(niets)).as(pad).isEqualTo(kopjes(nietsVanResource));
    }
  }

  @Test
  void aKeptPageIsServedWithoutTheDatabaseUntilTheNextWrite() throws Exception {
    Sleutels.Sleutel redacteur = Sleutels.redacteur("Griffie - bewaarde lijst");
    voorstelVan(redacteur, "88202", "Bewaard");
    // Past the feed place of the create, so the follower starts no new generation meanwhile.
    long plaats = posities.feedPositie();
    long tot = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (huidigeVersies.gevolgdTot() < plaats && System.nanoTime() < tot) {
      Thread.sleep(20);
    }
    String pad = "/v1/onderwerpen/88202/voorstellen";
    given().get(pad).then().statusCode(200);
    // The row changes behind the service's back, as no write ever does: a read that went to the
    // database would show it, and the resource does.
    zetTitel("88202.001", "Veranderd in de database");
    assertThat(titel(given().get(pad).thenReturn())).isEqualTo("Bewaard");
    assertThat(titel(given().header("Accept", NAAR_DE_RESOURCE).get(pad).thenReturn()))
        .isEqualTo("Veranderd in de database");
    zetTitel("88202.001", "Bewaard");

    // A write through the service is in the page at once.
    given()
        .auth()
        .oauth2(redacteur.sleutel())
        .contentType("application/merge-patch+json")
        .header("If-Match", "\"1\"")
        .body("{\"titel\": \"Gewijzigd\"}")
        .patch("/v1/voorstellen/88202.001")
        .then()
        .statusCode(200);
    assertThat(titel(given().get(pad).thenReturn())).isEqualTo("Gewijzigd");
  }

  @Test
  void readersNeverSeeAPageOlderThanAWriteAnsweredBeforeTheirRead() throws Exception {
    Sleutels.Sleutel redacteur = Sleutels.redacteur("Griffie - lijst na schrijven");
    voorstelVan(redacteur, "88203", "Ronde 0");
    LezenNaSchrijven.geenLezerZietOuder(
        redacteur,
        "/v1/voorstellen/88203.001",
        () -> versieInLijst(given().get("/v1/onderwerpen/88203/voorstellen").thenReturn()));
  }

  /** A new onderwerp with one voorstel {@code <raadsnummer>.001} of this title. */
  private static void voorstelVan(Sleutels.Sleutel redacteur, String raadsnummer, String titel) {
    given()
        .auth()
        .oauth2(redacteur.sleutel())
        .contentType("application/json")
        .body("{\"raadsnummer\": \"%s\", \"titel\": \"Lijst\"}".formatted(raadsnummer))
        .post("/v1/onderwerpen")
        .then()
        .statusCode(201);
    given()
        .auth()
        .oauth2(redacteur.sleutel())
        .contentType("application/json")
        .body(
            ("{\"nummer\": \"%s.001\", \"soort\": \"MOTIE\", \"titel\": \"%s\","
                    + " \"onderwerp\": \"%s\"}")
                .formatted(raadsnummer, titel, raadsnummer))
        .post("/v1/voorstellen")
        .then()
        .statusCode(201);
  }

  private static String titel(Response lijst) {
    return lijst.then().statusCode(200).extract().path("_embedded.voorstellen[0].titel");
  }

  private static int versieInLijst(Response lijst) {
    return lijst.then().statusCode(200).extract().path("_embedded.voorstellen[0].versie");
  }

  private void zetTitel(String nummer, String titel) throws Exception {
    String voorstel = schema.map(s -> s + ".").orElse("") + "voorstel";
    try (Connection c = dataSource.getConnection();
        PreparedStatement u =
            c.prepareStatement("update " + voorstel + " set titel = ? where nummer = ?")) {
      u.setString(1, titel);
      u.setString(2, nummer);
      assertThat(u.executeUpdate()).isEqualTo(1);
    }
  }

  private static Map<String, String> kopjes(Response antwoord) {
    return HuidigeVersiesTest.kopjes(antwoord);
  }
}
