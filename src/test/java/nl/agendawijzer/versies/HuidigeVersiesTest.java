package nl.agendawijzer.versies;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import nl.agendawijzer.ApiTest;
import nl.agendawijzer.Sleutels;
import nl.agendawijzer.TestPaginas;
import nl.agendawijzer.api.Links;
import nl.agendawijzer.api.VersionedRepresentation;
import nl.agendawijzer.importeren.PaginaImporteur;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The current versions kept in memory (docs/adr/0022): what they serve is what the entities render
 * now, for every resource; a kept version is served and revalidated without reading the database;
 * and on one replica a reader never sees a version older than one already answered to a writer.
 * Freshness across two replicas is .ci/replica-check.
 */
@QuarkusTest
class HuidigeVersiesTest extends ApiTest {

  @Inject EntityManager entityManager;
  @Inject DataSource dataSource;
  @Inject ObjectMapper json;
  @Inject @Any Instance<Weergave> weergaven;
  @Inject HuidigeVersies huidigeVersies;
  @Inject PaginaImporteur importeur;
  @Inject FeedPosities posities;

  @ConfigProperty(name = "quarkus.hibernate-orm.database.default-schema")
  Optional<String> schema;

  @Test
  void everyResourceIsServedAsItsEntitiesRenderItNow() throws Exception {
    // Topics with goals, history, meetings, voorstellen and stemmingen, besides what is there.
    for (int i = 1; i <= 3; i++) {
      importeur.importeer("test", TestPaginas.pagina(88000, i, 3, 4), "test", false);
    }
    String origin = given().get("/v1/onderwerpen/23161").then().extract().path("_links.self.href");
    origin = origin.substring(0, origin.indexOf("/v1/"));
    int vergeleken = 0;
    for (Weergave weergave : weergaven) {
      ResourceType type = weergave.type();
      List<String> ids =
          QuarkusTransaction.requiringNew()
              .call(
                  () ->
                      entityManager
                          .createQuery(
                              "select distinct r.sleutel from Revisie r where r.type = :type",
                              String.class)
                          .setParameter("type", type)
                          .getResultList());
      for (String id : ids) {
        Response geserveerd =
            given()
                .urlEncodingEnabled(false)
                .get("/v1/" + type.collection() + "/" + java.net.URLEncoder.encode(id, "UTF-8"))
                .thenReturn();
        JsonNode nu = live(weergave, id, origin);
        if (nu == null) {
          assertThat(geserveerd.statusCode()).as("%s %s is gone", type, id).isIn(404, 410);
          continue;
        }
        assertThat(geserveerd.statusCode()).as("%s %s", type, id).isEqualTo(200);
        assertThat(json.readTree(geserveerd.asByteArray())).as("%s %s", type, id).isEqualTo(nu);
        assertThat(geserveerd.header("ETag")).isEqualTo("\"" + nu.path("versie").asInt() + "\"");
        vergeleken++;
      }
    }
    assertThat(vergeleken).as("resources compared").isGreaterThan(30);
  }

  @Test
  void aKeptVersionIsServedAndRevalidatedWithoutReadingTheDatabase() throws Exception {
    Sleutels.Sleutel redacteur = onderwerpVan("Griffie - huidige versies", "88101", "Bewaard");
    // Past the feed place of the create, so the follower does not drop what is loaded next.
    long plaats = posities.feedPositie();
    long tot = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (huidigeVersies.gevolgdTot() < plaats && System.nanoTime() < tot) {
      Thread.sleep(20);
    }
    String etag =
        given().get("/v1/onderwerpen/88101").then().statusCode(200).extract().header("ETag");
    // The stored rendering changes behind the service's back, as no write ever does: a read that
    // went to the database would show it.
    String ander = stelInhoudIn("88101", "Veranderd in de database");
    try {
      given().get("/v1/onderwerpen/88101").then().statusCode(200).header("ETag", etag);
      assertThat(given().get("/v1/onderwerpen/88101").then().extract().<String>path("titel"))
          .isEqualTo("Bewaard");
      given().header("If-None-Match", etag).get("/v1/onderwerpen/88101").then().statusCode(304);
    } finally {
      stelInhoudIn("88101", ander);
    }
    // A write through the service is served at once.
    String nieuw =
        given()
            .auth()
            .oauth2(redacteur.sleutel())
            .contentType("application/merge-patch+json")
            .header("If-Match", etag)
            .body("{\"titel\": \"Gewijzigd\"}")
            .patch("/v1/onderwerpen/88101")
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    given().header("If-None-Match", etag).get("/v1/onderwerpen/88101").then().statusCode(200);
    given()
        .get("/v1/onderwerpen/88101")
        .then()
        .header("ETag", nieuw)
        .body("titel", org.hamcrest.Matchers.equalTo("Gewijzigd"));
  }

  @Test
  void theAnswerFromMemoryHasTheHeadersAndBytesOfTheResourcesAnswer() {
    String stemming =
        given()
            .get("/v1/stemmingen?pageSize=1")
            .then()
            .extract()
            .path("_embedded.stemmingen[0].id");
    for (String pad :
        List.of(
            "/v1/voorstellen/23161.001", "/v1/onderwerpen/23161", "/v1/stemmingen/" + stemming)) {
      // The first read keeps it; an Accept that also names CSV goes to the resource every time.
      given().get(pad).then().statusCode(200);
      Response uitGeheugen = given().header("Accept", "application/json").get(pad).thenReturn();
      Response vanResource =
          given().header("Accept", "application/json, text/csv;q=0.1").get(pad).thenReturn();
      assertThat(uitGeheugen.asByteArray()).as(pad).isEqualTo(vanResource.asByteArray());
      assertThat(kopjes(uitGeheugen)).as(pad).isEqualTo(kopjes(vanResource));
      String etag = uitGeheugen.header("ETag");
      Response niets =
          given().header("If-None-Match", etag).header("Origin", "https://example.org").get(pad);
      Response nietsVanResource =
          given()
              .header("If-None-Match", etag)
              .header("Origin", "https://example.org")
              .header("Accept", "application/json, text/csv;q=0.1")
              .get(pad);
      assertThat(niets.statusCode()).isEqualTo(304);
      assertThat(kopjes(niets)).as(pad).isEqualTo(kopjes(nietsVanResource));
    }
  }

  /** The headers of an answer, by lower-case name, except those of the moment and the length. */
  static Map<String, String> kopjes(Response antwoord) {
    Map<String, String> kopjes = new java.util.TreeMap<>();
    antwoord
        .headers()
        .forEach(
            h -> {
              String naam = h.getName().toLowerCase(java.util.Locale.ROOT);
              // The date and the request id (docs/adr/0026) are each answer's own.
              if (!naam.equals("date")
                  && !naam.equals("content-length")
                  && !naam.equals("x-request-id")) {
                kopjes.merge(naam, h.getValue(), (x, y) -> x + ", " + y);
              }
            });
    return kopjes;
  }

  @Test
  void readersOnOneReplicaNeverSeeAVersionOlderThanOneAnsweredToAWriter() throws Exception {
    Sleutels.Sleutel redacteur = onderwerpVan("Griffie - lezen na schrijven", "88102", "Ronde 0");
    LezenNaSchrijven.geenLezerZietOuder(
        redacteur,
        "/v1/onderwerpen/88102",
        () -> versie(given().get("/v1/onderwerpen/88102").header("ETag")));
  }

  /** A new onderwerp, written with a new redacteur key, which is returned. */
  private static Sleutels.Sleutel onderwerpVan(String auteur, String raadsnummer, String titel) {
    Sleutels.Sleutel redacteur = Sleutels.redacteur(auteur);
    given()
        .auth()
        .oauth2(redacteur.sleutel())
        .contentType("application/json")
        .body("{\"raadsnummer\": \"%s\", \"titel\": \"%s\"}".formatted(raadsnummer, titel))
        .post("/v1/onderwerpen")
        .then()
        .statusCode(201);
    return redacteur;
  }

  private static int versie(String etag) {
    return Integer.parseInt(etag.replace("\"", ""));
  }

  /** The representation the entities give now, links made absolute for {@code origin}. */
  private JsonNode live(Weergave weergave, String id, String origin) {
    // Rendering a stemming stores its check: rolled back, so nothing of that stays.
    QuarkusTransaction.begin();
    try {
      return weergave
          .weergave(id, Links.stored())
          .map(
              (VersionedRepresentation v) -> {
                JsonNode node = json.valueToTree(v);
                Revisies.absoluteLinks(node, origin);
                return node;
              })
          .orElse(null);
    } finally {
      QuarkusTransaction.rollback();
    }
  }

  /** Sets the stored JSON of the newest version of onderwerp {@code id}; returns what it was. */
  private String stelInhoudIn(String id, String titelOfInhoud) throws Exception {
    String revisie = schema.map(s -> s + ".").orElse("") + "revisie";
    try (Connection c = dataSource.getConnection()) {
      String huidig;
      try (PreparedStatement q =
          c.prepareStatement(
              "select inhoud from "
                  + revisie
                  + " where type = 'ONDERWERP' and sleutel = ?"
                  + " order by versie desc fetch first 1 rows only")) {
        q.setString(1, id);
        var rs = q.executeQuery();
        rs.next();
        huidig = rs.getString(1);
      }
      String nieuw =
          titelOfInhoud.startsWith("{")
              ? titelOfInhoud
              : json.writeValueAsString(
                  ((com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(huidig))
                      .put("titel", titelOfInhoud));
      try (PreparedStatement u =
          c.prepareStatement(
              "update "
                  + revisie
                  + " set inhoud = ? where type = 'ONDERWERP' and sleutel = ?"
                  + " and versie = (select max(versie) from "
                  + revisie
                  + " where type = 'ONDERWERP'"
                  + " and sleutel = ?)")) {
        u.setString(1, nieuw);
        u.setString(2, id);
        u.setString(3, id);
        assertThat(u.executeUpdate()).isEqualTo(1);
      }
      return huidig;
    }
  }
}
