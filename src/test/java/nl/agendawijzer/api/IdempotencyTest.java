package nl.agendawijzer.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.agendawijzer.ApiTest;
import nl.agendawijzer.Sleutels;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Idempotency-Key under concurrency, bound to its path, and forgotten after its time. */
@QuarkusTest
class IdempotencyTest extends ApiTest {

  private static final AtomicInteger NUMMERS = new AtomicInteger(93000);
  private static Sleutels.Sleutel redacteur;

  @Inject Idempotency idempotency;

  @BeforeEach
  void sleutel() {
    if (redacteur == null) {
      redacteur = Sleutels.redacteur("Griffie - idempotentie");
    }
  }

  private static RequestSpecification alsRedacteur() {
    return given().auth().oauth2(redacteur.sleutel()).contentType("application/json");
  }

  private static String body(String nr) {
    return """
        {"raadsnummer": "%s", "titel": "Eenmalig", "statusTekst": "in behandeling",
         "geschrevenOp": "2024-04-04", "laatstBewerktOp": "2024-04-19"}
        """
        .formatted(nr);
  }

  @Test
  void concurrentRequestsWithOneKeyCreateOnceAndAllGetTheFirstAnswer() throws Exception {
    int clients = 8;
    for (int ronde = 0; ronde < 5; ronde++) {
      String nr = String.valueOf(NUMMERS.incrementAndGet());
      String key = "gelijktijdig-" + nr;
      ExecutorService pool = Executors.newFixedThreadPool(clients);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<ExtractableResponse<Response>>> antwoorden = new ArrayList<>();
      try {
        for (int i = 0; i < clients; i++) {
          antwoorden.add(
              pool.submit(
                  () -> {
                    start.await();
                    return alsRedacteur()
                        .header("Idempotency-Key", key)
                        .body(body(nr))
                        .post("/v1/onderwerpen")
                        .then()
                        .extract();
                  }));
        }
        start.countDown();
        List<ExtractableResponse<Response>> klaar = new ArrayList<>();
        for (var antwoord : antwoorden) {
          klaar.add(antwoord.get(60, TimeUnit.SECONDS));
        }
        ExtractableResponse<Response> eerste = klaar.get(0);
        for (var antwoord : klaar) {
          assertThat(antwoord.statusCode()).as(antwoord.asString()).isEqualTo(201);
          assertThat(antwoord.header("Location")).endsWith("/v1/onderwerpen/" + nr);
          assertThat(antwoord.header("ETag")).isEqualTo("\"1\"");
          assertThat(antwoord.asString()).isEqualTo(eerste.asString());
        }
      } finally {
        pool.shutdownNow();
      }
      given()
          .get("/v1/onderwerpen/" + nr + "/versies")
          .then()
          .statusCode(200)
          .body("_embedded.versies", hasSize(1));
    }
  }

  @Test
  void aKeyIsBoundToThePathItWasFirstUsedOn() {
    String nr = String.valueOf(NUMMERS.incrementAndGet());
    alsRedacteur()
        .header("Idempotency-Key", "pad-" + nr)
        .body(body(nr))
        .post("/v1/onderwerpen")
        .then()
        .statusCode(201);

    alsRedacteur()
        .header("Idempotency-Key", "pad-" + nr)
        .body("{\"naam\": \"Eenmalig\", \"zetelperioden\": []}")
        .post("/v1/fracties")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("invalidParams[0].name", equalTo("Idempotency-Key"))
        .body("invalidParams[0].reason", containsString("POST /v1/onderwerpen"));
  }

  @Test
  void anExpiredKeyIsPurgedAndNoLongerReplays() {
    String nr = String.valueOf(NUMMERS.incrementAndGet());
    alsRedacteur()
        .header("Idempotency-Key", "verlopen-" + nr)
        .body(body(nr))
        .post("/v1/onderwerpen")
        .then()
        .statusCode(201);
    assertThat(idempotency.verwijderVerlopen(Instant.now().plus(Duration.ofHours(23))))
        .as("kept for the configured 24 hours")
        .isZero();

    assertThat(idempotency.verwijderVerlopen(Instant.now().plus(Duration.ofHours(25))))
        .isPositive();

    // Not replayed: the create runs again and finds the onderwerp it made the first time.
    alsRedacteur()
        .header("Idempotency-Key", "verlopen-" + nr)
        .body(body(nr))
        .post("/v1/onderwerpen")
        .then()
        .statusCode(400)
        .body("invalidParams[0].name", equalTo("raadsnummer"));
  }
}
