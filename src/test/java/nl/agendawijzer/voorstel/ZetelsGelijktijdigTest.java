package nl.agendawijzer.voorstel;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
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
import nl.agendawijzer.raad.RaadService;
import org.junit.jupiter.api.Test;

/**
 * Seat changes (of factions and of the council's term) and stemming writes at the same time: every
 * stored check equals a fresh recomputation afterwards (docs/adr/0016). Its factions hold seats in
 * 2037 only, where no other test's factions do.
 */
@QuarkusTest
class ZetelsGelijktijdigTest extends ApiTest {

  private static final AtomicInteger NUMMERS = new AtomicInteger(92000);
  private static final int RONDES = 10;
  private static final int SCHRIJVERS = 4;
  private static final int HERHALINGEN = 3;
  private static final AtomicInteger OPNIEUW = new AtomicInteger();

  @Inject StemmingRepository stemmingen;
  @Inject RaadService raad;

  private static RequestSpecification als(Sleutels.Sleutel sleutel) {
    return given().auth().oauth2(sleutel.sleutel()).contentType("application/json");
  }

  @Test
  void concurrentSeatAndStemmingWritesLeaveEveryStoredCheckAsRecomputed() throws Exception {
    Sleutels.Sleutel redacteur = Sleutels.redacteur("Griffie - zetels gelijktijdig");
    String a = fractie(redacteur, "A", 6);
    String b = fractie(redacteur, "B", 4);
    String voorstel = voorstel(redacteur);
    List<String> ids = Collections.synchronizedList(new ArrayList<>());
    for (int i = 0; i < 4; i++) {
      ids.add(
          als(redacteur)
              .body(stemmingBody(voorstel, "2037-0%d-15".formatted(i + 1), 6, 4, a, b, 0))
              .post("/v1/stemmingen")
              .then()
              .statusCode(201)
              .extract()
              .path("id"));
    }
    List<String> eigenVoorstellen = new ArrayList<>();
    for (int t = 0; t < SCHRIJVERS; t++) {
      eigenVoorstellen.add(voorstel(redacteur));
    }
    Random random = new Random(20371);
    ExecutorService pool = Executors.newFixedThreadPool(SCHRIJVERS + 2);
    try {
      // Each round: seat changes of both factions while stemmingen are made and replaced; then a
      // check of every stemming, before a later seat change could repair a stale check.
      for (int ronde = 0; ronde < RONDES; ronde++) {
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<String>> schrijvers = new ArrayList<>();
        for (String fractie : List.of(a, b)) {
          int zetels = 3 + random.nextInt(4);
          schrijvers.add(
              () -> {
                start.await();
                String tag = given().get("/v1/fracties/" + fractie).then().extract().header("ETag");
                return antwoord(
                    alsKlant(
                        () ->
                            als(redacteur)
                                .header("If-Match", tag)
                                .body(fractieBody(fractie, zetels))
                                .put("/v1/fracties/" + fractie)
                                .then()
                                .extract()),
                    200);
              });
        }
        for (int t = 0; t < SCHRIJVERS; t++) {
          int i = random.nextInt(4);
          String datum = "2037-0%d-15".formatted(i % 9 + 1);
          String nieuw =
              stemmingBody(
                  eigenVoorstellen.get(t),
                  datum,
                  4 + random.nextInt(4),
                  3 + random.nextInt(3),
                  a,
                  b,
                  t % 2);
          String vervanging =
              stemmingBody(
                  voorstel, datum, 4 + random.nextInt(4), 3 + random.nextInt(3), a, b, t % 2);
          String id = ids.get(i);
          schrijvers.add(
              () -> {
                start.await();
                var gemaakt =
                    alsKlant(
                        () -> als(redacteur).body(nieuw).post("/v1/stemmingen").then().extract());
                if (gemaakt.statusCode() == 201) {
                  ids.add(gemaakt.path("id"));
                }
                String tag = given().get("/v1/stemmingen/" + id).then().extract().header("ETag");
                var vervangen =
                    alsKlant(
                        () ->
                            als(redacteur)
                                .header("If-Match", tag)
                                .body(vervanging)
                                .put("/v1/stemmingen/" + id)
                                .then()
                                .extract());
                return antwoord(gemaakt, 201) + antwoord(vervangen, 200);
              });
        }
        List<Future<String>> klaar = new ArrayList<>();
        schrijvers.forEach(w -> klaar.add(pool.submit(w)));
        start.countDown();
        for (Future<String> f : klaar) {
          assertThat(f.get(120, TimeUnit.SECONDS))
              .as("every write succeeds, or is a 412 when it lost a race")
              .isEmpty();
        }
        for (String id : List.copyOf(ids)) {
          QuarkusTransaction.requiringNew()
              .run(
                  () -> {
                    Stemming s = stemmingen.findById(id);
                    assertThat(ControleOpslag.gelezen(s, raad.zetelkalender()))
                        .as("stored check of %s", id)
                        .isEqualTo(ControleOpslag.bereken(s, raad.zetelkalender()));
                  });
        }
      }
    } finally {
      pool.shutdownNow();
      System.out.printf(
          "ZetelsGelijktijdigTest: %d writes sent again after a 503%n", OPNIEUW.get());
    }
  }

  /**
   * Sends a write as a client should: a 503 says nothing changed and when to try again (a write
   * that waited on a lock longer than the database allows, docs/adr/0016), so it is sent again
   * after Retry-After, at most {@value #HERHALINGEN} times. On a loaded machine H2 runs these
   * writes one at a time, and a wait can pass the limit.
   */
  private static ExtractableResponse<Response> alsKlant(
      Supplier<ExtractableResponse<Response>> verzoek) throws InterruptedException {
    ExtractableResponse<Response> antwoord = verzoek.get();
    for (int i = 0; i < HERHALINGEN && antwoord.statusCode() == 503; i++) {
      String wacht = antwoord.header("Retry-After");
      assertThat(wacht).as("a 503 says when to try again").isNotNull();
      OPNIEUW.incrementAndGet();
      Thread.sleep(Long.parseLong(wacht) * 1000);
      antwoord = verzoek.get();
    }
    return antwoord;
  }

  /** Empty for the expected status or a 412 (a lost race), else what was answered. */
  private static String antwoord(ExtractableResponse<Response> antwoord, int verwacht) {
    int status = antwoord.statusCode();
    return status == verwacht || status == 412 ? "" : status + " " + antwoord.asString();
  }

  private static String fractieBody(String id, int zetels) {
    return """
        {"id": "%s", "naam": "%s", "zetelperioden": [
          {"zetels": %d, "geldigVanaf": "2037-01-01", "geldigTot": "2037-12-31"}]}"""
        .formatted(id, id, zetels);
  }

  private static String fractie(Sleutels.Sleutel redacteur, String naam, int zetels) {
    String id = "gelijktijdig-" + naam.toLowerCase() + "-" + NUMMERS.incrementAndGet();
    als(redacteur).body(fractieBody(id, zetels)).post("/v1/fracties").then().statusCode(201);
    return id;
  }

  /** Faction results of A only (variant 0), A and B (1), or none (2). */
  private static String stemmingBody(
      String voorstel, String datum, int voor, int tegen, String a, String b, int variant) {
    String fracties =
        switch (variant) {
          case 0 -> "[{\"fractie\": \"%s\", \"keuze\": \"VOOR\"}]".formatted(a);
          case 1 ->
              "[{\"fractie\": \"%s\", \"keuze\": \"VOOR\"}, {\"fractie\": \"%s\", \"keuze\": \"TEGEN\"}]"
                  .formatted(a, b);
          default -> "[]";
        };
    return """
        {"voorstel": "%s", "datum": "%s", "uitslagTekst": "aangenomen", "voor": %d, "tegen": %d,
         "fracties": %s}"""
        .formatted(voorstel, datum, voor, tegen, fracties);
  }

  private static String voorstel(Sleutels.Sleutel redacteur) {
    String nr = String.valueOf(NUMMERS.incrementAndGet());
    als(redacteur)
        .body("{\"raadsnummer\": \"" + nr + "\", \"titel\": \"Onderwerp " + nr + "\"}")
        .post("/v1/onderwerpen")
        .then()
        .statusCode(201);
    String nummer = nr + ".001";
    als(redacteur)
        .body(
            "{\"nummer\": \"%s\", \"soort\": \"MOTIE\", \"titel\": \"Zetels %s\", \"onderwerp\": \"%s\"}"
                .formatted(nummer, nr, nr))
        .post("/v1/voorstellen")
        .then()
        .statusCode(201);
    return nummer;
  }
}
