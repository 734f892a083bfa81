package nl.agendawijzer.onderwerp;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import nl.agendawijzer.ApiTest;
import nl.agendawijzer.Sleutels;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OnderwerpBewerkingTest extends ApiTest {

  private static final AtomicInteger NUMMERS = new AtomicInteger(96000);
  private static Sleutels.Sleutel redacteur;

  @BeforeEach
  void sleutel() {
    if (redacteur == null) {
      redacteur = Sleutels.redacteur("Griffie - bewerking");
    }
  }

  private static RequestSpecification alsRedacteur() {
    return given().auth().oauth2(redacteur.sleutel()).contentType("application/json");
  }

  private static String body(String nr, String titel) {
    return """
        {"raadsnummer": "%s", "titel": "%s", "statusTekst": "in behandeling",
         "geschrevenOp": "2024-04-04", "laatstBewerktOp": "2024-04-19",
         "afbeelding": {"alt": "Foto van fietsen"}, "inleiding": "Over fietsen.",
         "secties": [{"kop": "Waar gaat het over?", "tekst": "Fietsen."}],
         "doelen": [{"tekst": "Meer plek"}, {"tekst": "Minder rommel"}],
         "documenten": [{"url": "https://documentwijzer.raadvanalmere.nl/app/instrument/%s"}]}
        """
        .formatted(nr, titel, nr);
  }

  private static String maak(String titel) {
    String nr = String.valueOf(NUMMERS.incrementAndGet());
    alsRedacteur().body(body(nr, titel)).post("/v1/onderwerpen").then().statusCode(201);
    return nr;
  }

  @Test
  void aRedacteurCreatesAnOnderwerpAtVersion1() {
    String nr = String.valueOf(NUMMERS.incrementAndGet());

    alsRedacteur()
        .body(body(nr, "Fietsenstalling"))
        .post("/v1/onderwerpen")
        .then()
        .statusCode(201)
        .header("Location", containsString("/v1/onderwerpen/" + nr))
        .header("ETag", "\"1\"")
        .body("raadsnummer", equalTo(nr))
        .body("status", equalTo("IN_BEHANDELING"))
        .body("doelen.tekst", contains("Meer plek", "Minder rommel"))
        .body("documenten[0].soort", equalTo("DOCUMENTWIJZER"))
        .body("nummers.nummer", contains(nr))
        .body("nummers.schema", contains("YYNNN"))
        .body("versie", equalTo(1));
    given()
        .get("/v1/onderwerpen/" + nr + "/versies")
        .then()
        .body("_embedded.versies[0].auteur", equalTo(redacteur.naam()));
  }

  @Test
  void writesWithoutAKeyOrWithTheWrongRoleAreRefused() {
    given()
        .contentType("application/json")
        .body(body("96999", "Zonder sleutel"))
        .post("/v1/onderwerpen")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2("aw_verzonnen")
        .contentType("application/json")
        .body(body("96999", "Verkeerde sleutel"))
        .post("/v1/onderwerpen")
        .then()
        .statusCode(401);
    given().get("/v1/onderwerpen/96999").then().statusCode(404);
  }

  @Test
  void aRetriedCreateWithTheSameIdempotencyKeyReturnsTheFirstResult() {
    String nr = String.valueOf(NUMMERS.incrementAndGet());
    String eerste =
        alsRedacteur()
            .header("Idempotency-Key", "poging-" + nr)
            .body(body(nr, "Eenmalig"))
            .post("/v1/onderwerpen")
            .then()
            .statusCode(201)
            .extract()
            .asString();

    String tweede =
        alsRedacteur()
            .header("Idempotency-Key", "poging-" + nr)
            .body(body(nr, "Eenmalig"))
            .post("/v1/onderwerpen")
            .then()
            .statusCode(201)
            .header("Location", containsString("/v1/onderwerpen/" + nr))
            .extract()
            .asString();

    assertThat(tweede).isEqualTo(eerste);
    given().get("/v1/onderwerpen/" + nr + "/versies").then().body("_embedded.versies", hasSize(1));
    alsRedacteur()
        .header("Idempotency-Key", "poging-" + nr)
        .body(body(nr, "Andere body"))
        .post("/v1/onderwerpen")
        .then()
        .statusCode(400)
        .body("invalidParams[0].name", equalTo("Idempotency-Key"));
  }

  @Test
  void anUpdateNeedsIfMatchAndACurrentEtag() {
    String nr = maak("Oud");

    alsRedacteur()
        .body(body(nr, "Nieuw"))
        .put("/v1/onderwerpen/" + nr)
        .then()
        .statusCode(428)
        .contentType("application/problem+json");
    alsRedacteur()
        .header("If-Match", "\"7\"")
        .body(body(nr, "Nieuw"))
        .put("/v1/onderwerpen/" + nr)
        .then()
        .statusCode(412)
        .body("detail", containsString("\"1\""));
    // The feed from this moment on: other tests' changes may fill more than a page before it.
    String voorDeWijziging = Instant.now().toString();
    alsRedacteur()
        .header("If-Match", "\"1\"")
        .body(body(nr, "Nieuw"))
        .put("/v1/onderwerpen/" + nr)
        .then()
        .statusCode(200)
        .header("ETag", "\"2\"")
        .body("titel", equalTo("Nieuw"))
        .body("versie", equalTo(2));

    given().get("/v1/onderwerpen/" + nr + "/versies/1").then().body("titel", equalTo("Oud"));
    given()
        .queryParam("type", "ONDERWERP")
        .queryParam("gewijzigdSinds", voorDeWijziging)
        .queryParam("pageSize", 100)
        .get("/v1/wijzigingen")
        .then()
        .body(
            "_embedded.wijzigingen.find { it.id == '" + nr + "' && it.versie == 2 }.auteur",
            equalTo(redacteur.naam()))
        .body(
            "_embedded.wijzigingen.find { it.id == '" + nr + "' && it.versie == 2 }.soort",
            equalTo("GEWIJZIGD"));
    given().header("If-None-Match", "\"1\"").get("/v1/onderwerpen/" + nr).then().statusCode(200);
    given().header("If-None-Match", "\"2\"").get("/v1/onderwerpen/" + nr).then().statusCode(304);
  }

  @Test
  void replacingWithTheSameContentMakesNoNewVersion() {
    String nr = maak("Gelijk");

    alsRedacteur()
        .header("If-Match", "\"1\"")
        .body(body(nr, "Gelijk"))
        .put("/v1/onderwerpen/" + nr)
        .then()
        .statusCode(200)
        .body("versie", equalTo(1));
  }

  @Test
  void aPatchOfOneGoalMakesANewVersionOfTheGoalAndTheOnderwerp() {
    String nr = maak("Met doelen");

    given()
        .auth()
        .oauth2(redacteur.sleutel())
        .contentType("application/merge-patch+json")
        .header("If-Match", "\"1\"")
        .body("{\"doelen\": [{\"tekst\": \"Meer plek\"}, {\"tekst\": \"Geen rommel\"}]}")
        .patch("/v1/onderwerpen/" + nr)
        .then()
        .statusCode(200)
        .body("versie", equalTo(2))
        .body("titel", equalTo("Met doelen"))
        .body("doelen.tekst", contains("Meer plek", "Geen rommel"))
        .body("doelen.versie", contains(1, 2));
  }

  @Test
  void everyProblemWithABodyIsInOne400() {
    alsRedacteur()
        .body(
            """
            {"raadsnummer": "abc", "titel": " ", "geschrevenOp": "2024-05-01",
             "laatstBewerktOp": "2024-04-01", "documenten": [{"url": "ftp://x"}]}
            """)
        .post("/v1/onderwerpen")
        .then()
        .statusCode(400)
        .body(
            "invalidParams.name",
            containsInAnyOrder("raadsnummer", "titel", "laatstBewerktOp", "documenten[0].url"));
    alsRedacteur()
        .body("{\"raadsnummer\": \"96998\", \"titel\": \"x\", \"titell\": \"typo\"}")
        .post("/v1/onderwerpen")
        .then()
        .statusCode(400)
        .body("invalidParams[0].name", equalTo("titell"));
    alsRedacteur()
        .body("{\"raadsnummer\": \"96998\", \"titel\": \"x\", \"geschrevenOp\": \"2024-02-30\"}")
        .post("/v1/onderwerpen")
        .then()
        .statusCode(400)
        .body("invalidParams[0].name", equalTo("geschrevenOp"));
  }

  @Test
  void aDeletedOnderwerpIsGoneAndLeavesATombstone() {
    String nr = maak("Tijdelijk");

    alsRedacteur().delete("/v1/onderwerpen/" + nr).then().statusCode(428);
    alsRedacteur()
        .header("If-Match", "\"1\"")
        .delete("/v1/onderwerpen/" + nr)
        .then()
        .statusCode(204);

    given().get("/v1/onderwerpen/" + nr).then().statusCode(410);
    given().get("/v1/onderwerpen/" + nr + "/doelen").then().statusCode(410);
    given()
        .get("/v1/onderwerpen/" + nr + "/versies")
        .then()
        .body("_embedded.versies.soort", contains("TOEGEVOEGD", "VERWIJDERD"));
    given().get("/v1/onderwerpen/" + nr + "/versies/2").then().statusCode(410);

    alsRedacteur()
        .body(body(nr, "Terug"))
        .post("/v1/onderwerpen")
        .then()
        .statusCode(201)
        .body("versie", equalTo(3));
  }

  @Test
  void anOnderwerpWithVoorstellenCannotBeDeleted() {
    alsRedacteur()
        .header("If-Match", "\"1\"")
        .delete("/v1/onderwerpen/23161")
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
  }

  @Test
  void concurrentCreatesOfOneOnderwerpMakeItOnce() throws Exception {
    String nr = String.valueOf(NUMMERS.incrementAndGet());
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> statuses = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      statuses.add(
          pool.submit(
              () -> {
                start.await();
                return alsRedacteur()
                    .body(body(nr, "Tegelijk"))
                    .post("/v1/onderwerpen")
                    .then()
                    .extract()
                    .statusCode();
              }));
    }
    start.countDown();
    List<Integer> codes = new ArrayList<>();
    for (Future<Integer> status : statuses) {
      codes.add(status.get());
    }
    pool.shutdown();

    assertThat(codes).containsOnlyOnce(201).allMatch(c -> c == 201 || c == 400 || c == 409);
    given().get("/v1/onderwerpen/" + nr + "/versies").then().body("_embedded.versies", hasSize(1));
  }

  @Test
  void fiftyConcurrentWritersNeverLoseAnAcceptedChange() throws Exception {
    String nr = maak("Start");
    int writers = 50;
    ExecutorService pool = Executors.newFixedThreadPool(16);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<String>> results = new ArrayList<>();
    for (int i = 0; i < writers; i++) {
      String titel = "Schrijver " + i;
      Callable<String> writer =
          () -> {
            start.await();
            String etag = given().get("/v1/onderwerpen/" + nr).then().extract().header("ETag");
            int status =
                alsRedacteur()
                    .header("If-Match", etag)
                    .body(body(nr, titel))
                    .put("/v1/onderwerpen/" + nr)
                    .then()
                    .extract()
                    .statusCode();
            assertThat(status).as("status of " + titel).isIn(200, 412);
            return status == 200 ? titel : null;
          };
      results.add(pool.submit(writer));
    }
    start.countDown();
    List<String> accepted = new ArrayList<>();
    for (Future<String> result : results) {
      String titel = result.get();
      if (titel != null) {
        accepted.add(titel);
      }
    }
    pool.shutdown();

    List<Map<String, Object>> versies =
        given()
            .get("/v1/onderwerpen/" + nr + "/versies")
            .then()
            .extract()
            .path("_embedded.versies");
    assertThat(accepted).isNotEmpty();
    assertThat(versies).hasSize(accepted.size() + 1);
    List<String> titels = new ArrayList<>();
    for (int v = 2; v <= versies.size(); v++) {
      titels.add(
          given().get("/v1/onderwerpen/" + nr + "/versies/" + v).then().extract().path("titel"));
    }
    assertThat(titels).containsExactlyInAnyOrderElementsOf(accepted);
  }
}
