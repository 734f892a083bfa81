package nl.agendawijzer.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import nl.agendawijzer.ApiTest;
import nl.agendawijzer.Sleutels;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A delete and a concurrent write of the same or a referring resource, started at the same moment
 * over HTTP, many rounds: exactly one of the two wins, the other gets the 4xx that says why (412
 * for a change made meanwhile, 409 for a reference that now exists, 400 or 410 for what is gone),
 * never a 5xx, and what is stored afterwards is what the winner's answer says.
 */
@QuarkusTest
class GelijktijdigVerwijderenTest extends ApiTest {

  private static final int RONDES = 12;
  private static final AtomicInteger NUMMERS = new AtomicInteger(94000);
  private static Sleutels.Sleutel redacteur;
  private static ExecutorService pool;

  @BeforeAll
  static void start() {
    pool = Executors.newFixedThreadPool(2);
  }

  @AfterAll
  static void stop() {
    pool.shutdownNow();
  }

  private static RequestSpecification alsRedacteur() {
    if (redacteur == null) {
      redacteur = Sleutels.redacteur("Griffie - gelijktijdig verwijderen");
    }
    return given().auth().oauth2(redacteur.sleutel()).contentType("application/json");
  }

  private static String onderwerp() {
    String nr = String.valueOf(NUMMERS.incrementAndGet());
    alsRedacteur()
        .body("{\"raadsnummer\": \"" + nr + "\", \"titel\": \"Onderwerp " + nr + "\"}")
        .post("/v1/onderwerpen")
        .then()
        .statusCode(201);
    return nr;
  }

  /** Both requests released at once; their answers in the order given. */
  private static List<Response> tegelijk(Supplier<Response> een, Supplier<Response> ander)
      throws Exception {
    CountDownLatch klaar = new CountDownLatch(2);
    CountDownLatch los = new CountDownLatch(1);
    Callable<Response> eerste = wachtend(een, klaar, los);
    Callable<Response> tweede = wachtend(ander, klaar, los);
    Future<Response> a = pool.submit(eerste);
    Future<Response> b = pool.submit(tweede);
    klaar.await(10, TimeUnit.SECONDS);
    los.countDown();
    return List.of(a.get(30, TimeUnit.SECONDS), b.get(30, TimeUnit.SECONDS));
  }

  private static Callable<Response> wachtend(
      Supplier<Response> verzoek, CountDownLatch klaar, CountDownLatch los) {
    return () -> {
      klaar.countDown();
      los.await();
      return verzoek.get();
    };
  }

  private static void isProbleem(Response antwoord) {
    assertThat(antwoord.contentType()).startsWith("application/problem+json");
    assertThat(antwoord.header("API-Version")).isNotBlank();
  }

  @Test
  @Timeout(120)
  void aChangeAndADeleteWithOneEtagNeverBothSucceed() throws Exception {
    for (int ronde = 0; ronde < RONDES; ronde++) {
      String nr = onderwerp();
      List<Response> antwoorden =
          tegelijk(
              () ->
                  alsRedacteur()
                      .header("If-Match", "\"1\"")
                      .body("{\"raadsnummer\": \"" + nr + "\", \"titel\": \"Gewijzigd\"}")
                      .put("/v1/onderwerpen/" + nr),
              () -> alsRedacteur().header("If-Match", "\"1\"").delete("/v1/onderwerpen/" + nr));
      Response wijziging = antwoorden.get(0);
      Response verwijdering = antwoorden.get(1);

      if (verwijdering.statusCode() == 204) {
        // The change came second: it found the onderwerp gone, or its version no longer current.
        assertThat(wijziging.statusCode()).as("PUT after the DELETE").isIn(410, 412);
        isProbleem(wijziging);
        given().get("/v1/onderwerpen/" + nr).then().statusCode(410);
        assertThat(
                given()
                    .get("/v1/onderwerpen/" + nr + "/versies")
                    .then()
                    .extract()
                    .<List<String>>path("_embedded.versies.soort"))
            .containsExactly("TOEGEVOEGD", "VERWIJDERD");
      } else {
        assertThat(verwijdering.statusCode()).as("DELETE during a change").isEqualTo(412);
        isProbleem(verwijdering);
        assertThat(wijziging.statusCode()).as("PUT that won").isEqualTo(200);
        Response nu = given().get("/v1/onderwerpen/" + nr);
        assertThat(nu.statusCode()).isEqualTo(200);
        assertThat(nu.<String>path("titel")).isEqualTo("Gewijzigd");
        assertThat(nu.header("ETag")).isEqualTo("\"2\"");
      }
    }
  }

  @Test
  @Timeout(120)
  void aDeletedOnderwerpNeverKeepsAVoorstelCreatedMeanwhile() throws Exception {
    for (int ronde = 0; ronde < RONDES; ronde++) {
      String nr = onderwerp();
      String nummer = nr + ".001";
      List<Response> antwoorden =
          tegelijk(
              () ->
                  alsRedacteur()
                      .body(
                          "{\"nummer\": \"%s\", \"soort\": \"MOTIE\", \"titel\": \"Bankjes\", \"onderwerp\": \"%s\"}"
                              .formatted(nummer, nr))
                      .post("/v1/voorstellen"),
              () -> alsRedacteur().header("If-Match", "\"1\"").delete("/v1/onderwerpen/" + nr));
      Response aanmaak = antwoorden.get(0);
      Response verwijdering = antwoorden.get(1);

      if (verwijdering.statusCode() == 204) {
        assertThat(aanmaak.statusCode()).as("voorstel under a deleted onderwerp").isEqualTo(400);
        isProbleem(aanmaak);
        assertThat(aanmaak.<String>path("invalidParams[0].name")).isEqualTo("onderwerp");
        given().get("/v1/voorstellen/" + nummer).then().statusCode(404);
      } else {
        assertThat(verwijdering.statusCode()).as("DELETE of a used onderwerp").isEqualTo(409);
        isProbleem(verwijdering);
        assertThat(verwijdering.<String>path("detail")).contains("voorstellen");
        assertThat(aanmaak.statusCode()).isEqualTo(201);
        given().get("/v1/onderwerpen/" + nr).then().statusCode(200);
        given().get("/v1/voorstellen/" + nummer).then().statusCode(200);
      }
    }
  }

  @Test
  @Timeout(120)
  void aDeletedVergaderingNeverKeepsAStemmingCreatedMeanwhile() throws Exception {
    String nummer = onderwerp() + ".001";
    alsRedacteur()
        .body(
            "{\"nummer\": \"%s\", \"soort\": \"MOTIE\", \"titel\": \"Bankjes\", \"onderwerp\": \"%s\"}"
                .formatted(nummer, nummer.substring(0, nummer.indexOf('.'))))
        .post("/v1/voorstellen")
        .then()
        .statusCode(201);
    for (int ronde = 0; ronde < RONDES; ronde++) {
      String datum = "2032-02-%02d".formatted(ronde + 1);
      String vergadering = datum + "-plenair";
      alsRedacteur()
          .body(
              "{\"datum\": \"" + datum + "\", \"soort\": \"PLENAIR\", \"omschrijving\": \"Raad\"}")
          .post("/v1/vergaderingen")
          .then()
          .statusCode(201);
      List<Response> antwoorden =
          tegelijk(
              () ->
                  alsRedacteur()
                      .body(
                          "{\"voorstel\": \"%s\", \"vergadering\": \"%s\", \"datum\": \"%s\", \"uitslagTekst\": \"AANVAARD\", \"voor\": 30, \"tegen\": 10}"
                              .formatted(nummer, vergadering, datum))
                      .post("/v1/stemmingen"),
              () ->
                  alsRedacteur()
                      .header("If-Match", "\"1\"")
                      .delete("/v1/vergaderingen/" + vergadering));
      Response aanmaak = antwoorden.get(0);
      Response verwijdering = antwoorden.get(1);

      if (verwijdering.statusCode() == 204) {
        assertThat(aanmaak.statusCode()).as("stemming at a deleted vergadering").isEqualTo(400);
        isProbleem(aanmaak);
        assertThat(aanmaak.<String>path("invalidParams[0].name")).isEqualTo("vergadering");
        given().get("/v1/stemmingen/" + nummer + "-" + datum).then().statusCode(404);
      } else {
        assertThat(verwijdering.statusCode()).as("DELETE of a used vergadering").isEqualTo(409);
        isProbleem(verwijdering);
        assertThat(verwijdering.<String>path("detail")).contains("stemmingen");
        assertThat(aanmaak.statusCode()).isEqualTo(201);
        given().get("/v1/vergaderingen/" + vergadering).then().statusCode(200);
        given().get("/v1/stemmingen/" + nummer + "-" + datum).then().statusCode(200);
      }
    }
  }
}
