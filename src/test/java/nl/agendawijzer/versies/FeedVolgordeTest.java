package nl.agendawijzer.versies;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.agendawijzer.ApiTest;
import nl.agendawijzer.Sleutels;
import nl.agendawijzer.TestPaginas;
import org.junit.jupiter.api.Test;

/**
 * Eight writers commit at once (imports of pages, PATCHes, deletions: one transaction each) while
 * one client follows the feed with {@code naVolgnummer} and one follows the onderwerpen list with
 * {@code gewijzigdSinds} from its {@code vervolg} link. Neither may miss a change: places in the
 * feed are handed out in commit order (ADR 0015). With places handed out at insert, the follower
 * missed about half of the entries.
 */
@QuarkusTest
class FeedVolgordeTest extends ApiTest {

  private static final int SCHRIJVERS = 8;
  private static final int PAGINAS = 5;
  private static final int BASIS = 60000;
  private static final Duration MAXIMUM = Duration.ofSeconds(90);

  private static final ObjectMapper JSON = new ObjectMapper();

  @TestHTTPResource("/v1")
  URI api;

  @Inject Revisies revisies;
  @Inject EntityManager entityManager;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final Instant einde = Instant.now().plus(MAXIMUM);

  @Test
  void followersOfTheFeedAndOfAListMissNothingWhileEightWritersCommit() throws Exception {
    String sleutel = Sleutels.redacteur("feedvolgorde").sleutel();
    long begin = revisies.feedPositie();
    String lijstBegin =
        get("/onderwerpen?pageSize=100").path("_links").path("vervolg").path("href").asText();
    Set<String> onderwerpen = ConcurrentHashMap.newKeySet();
    AtomicBoolean klaar = new AtomicBoolean();

    ExecutorService pool = Executors.newFixedThreadPool(SCHRIJVERS + 2);
    try {
      Future<List<JsonNode>> feed = pool.submit(() -> volgFeed(begin, klaar));
      Future<Map<String, Integer>> lijst = pool.submit(() -> volgLijst(lijstBegin, klaar));
      List<Future<?>> schrijvers = new ArrayList<>();
      for (int s = 0; s < SCHRIJVERS; s++) {
        int schrijver = s;
        schrijvers.add(pool.submit(() -> schrijf(schrijver, sleutel, onderwerpen)));
      }
      for (Future<?> schrijver : schrijvers) {
        schrijver.get(resterend(), TimeUnit.MILLISECONDS);
      }
      klaar.set(true);

      List<JsonNode> gezien = feed.get(resterend(), TimeUnit.MILLISECONDS);
      assertFeed(begin, gezien);
      assertLijst(onderwerpen, lijst.get(resterend(), TimeUnit.MILLISECONDS));
    } finally {
      pool.shutdownNow();
    }
  }

  /** One writer: per page an import, a PATCH of its onderwerp and on every other a deletion. */
  private Void schrijf(int schrijver, String sleutel, Set<String> onderwerpen) throws Exception {
    for (int p = 0; p < PAGINAS; p++) {
      int i = schrijver * PAGINAS + p;
      String nr = String.valueOf(BASIS + i);
      JsonNode rapport =
          verwacht(
              200,
              send(
                  HttpRequest.newBuilder(
                          URI.create(api + "/importeren?bron=https://example.org/" + nr))
                      .header("Authorization", "Bearer " + sleutel)
                      .header("Content-Type", "text/plain; charset=UTF-8")
                      .POST(
                          HttpRequest.BodyPublishers.ofString(
                              TestPaginas.pagina(BASIS, i, 1 + i % 3, 1 + i % 2)))));
      onderwerpen.add(nr);
      HttpResponse<String> onderwerp = send(request("/onderwerpen/" + nr).GET());
      verwacht(
          200,
          send(
              request("/onderwerpen/" + nr)
                  .header("Authorization", "Bearer " + sleutel)
                  .header("If-Match", onderwerp.headers().firstValue("ETag").orElseThrow())
                  .header("Content-Type", "application/merge-patch+json")
                  .method(
                      "PATCH",
                      HttpRequest.BodyPublishers.ofString(
                          // The generated pages' dates need not be in order; a PATCH checks them.
                          "{\"titel\": \"Schrijver "
                              + schrijver
                              + " pagina "
                              + p
                              + "\", \"laatstBewerktOp\": null}"))));
      if (p % 2 == 0) {
        String stemming = stemming(rapport);
        HttpResponse<String> huidig = send(request("/stemmingen/" + stemming).GET());
        verwacht(
            204,
            send(
                request("/stemmingen/" + stemming)
                    .header("Authorization", "Bearer " + sleutel)
                    .header("If-Match", huidig.headers().firstValue("ETag").orElseThrow())
                    .DELETE()));
      }
    }
    return null;
  }

  /** The README's follower: resumes after the last volgnummer it saw, until the writers stop. */
  private List<JsonNode> volgFeed(long begin, AtomicBoolean klaar) throws Exception {
    List<JsonNode> gezien = new ArrayList<>();
    long na = begin;
    while (true) {
      boolean laatste = klaar.get();
      JsonNode pagina = get("/wijzigingen?pageSize=100&naVolgnummer=" + na);
      JsonNode wijzigingen = pagina.path("_embedded").path("wijzigingen");
      for (JsonNode wijziging : wijzigingen) {
        gezien.add(wijziging);
        na = wijziging.path("volgnummer").asLong();
      }
      // An empty page read after the writers stopped: everything they committed was seen.
      if (wijzigingen.isEmpty() && laatste) {
        return gezien;
      }
      if (wijzigingen.isEmpty()) {
        Thread.sleep(5);
      }
    }
  }

  /**
   * Walks the onderwerpen changed since its {@code vervolg}, every page, again and again; keeps the
   * first page's {@code vervolg} for the next walk. Returns the last versie seen of each.
   */
  private Map<String, Integer> volgLijst(String vervolg, AtomicBoolean klaar) throws Exception {
    Map<String, Integer> versies = new HashMap<>();
    String volgende = vervolg;
    while (true) {
      boolean laatste = klaar.get();
      String url = volgende;
      volgende = null;
      while (url != null) {
        JsonNode pagina = get(URI.create(url));
        if (volgende == null) {
          volgende = pagina.path("_links").path("vervolg").path("href").asText();
        }
        for (JsonNode o : pagina.path("_embedded").path("onderwerpen")) {
          versies.merge(o.path("raadsnummer").asText(), o.path("versie").asInt(), Math::max);
        }
        JsonNode next = pagina.path("_links").path("next");
        url = next.isMissingNode() ? null : next.path("href").asText();
      }
      if (laatste) {
        return versies;
      }
    }
  }

  private void assertFeed(long begin, List<JsonNode> gezien) throws Exception {
    List<Long> volgnummers = gezien.stream().map(w -> w.path("volgnummer").asLong()).toList();
    assertThat(volgnummers).as("strictly increasing, so no duplicates").isSorted();
    assertThat(Set.copyOf(volgnummers)).hasSize(volgnummers.size());
    List<Long> opgeslagen =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    entityManager
                        .createQuery(
                            "select r.volgnummer from Revisie r where r.volgnummer > :begin"
                                + " order by r.volgnummer",
                            Long.class)
                        .setParameter("begin", begin)
                        .getResultList());
    assertThat(opgeslagen).as("every change in the database").hasSizeGreaterThan(300);
    assertThat(
            QuarkusTransaction.requiringNew()
                .call(
                    () ->
                        entityManager
                            .createQuery(
                                "select count(r) from Revisie r where r.volgnummer <= 0",
                                Long.class)
                            .getSingleResult()))
        .as("no provisional number left after commit")
        .isZero();
    assertThat(volgnummers).as("the follower saw every change, in order").isEqualTo(opgeslagen);

    // Replayed: the last entry of each resource is its current version, or its tombstone. What
    // a version held is what it served (FeedReplayTest), so equal versies mean equal content.
    Map<String, JsonNode> laatste = new LinkedHashMap<>();
    gezien.forEach(w -> laatste.put(w.path("type").asText() + " " + w.path("id").asText(), w));
    Map<String, Integer> gevolgd = new HashMap<>();
    Map<String, Integer> nu = new HashMap<>();
    for (Map.Entry<String, JsonNode> e : laatste.entrySet()) {
      JsonNode w = e.getValue();
      String resource = w.path("_links").path("resource").path("href").asText();
      boolean weg = w.path("soort").asText().equals("VERWIJDERD");
      gevolgd.put(e.getKey(), weg ? 0 : w.path("versie").asInt());
      // Not through REST Assured: hundreds of GETs, each validated, would take most of the test.
      HttpResponse<String> antwoord = send(HttpRequest.newBuilder(URI.create(resource)).GET());
      nu.put(
          e.getKey(),
          antwoord.statusCode() == 410 ? 0 : verwacht(200, antwoord).path("versie").asInt());
    }
    assertThat(gevolgd).as("replayed feed (0: deleted) against what is served").isEqualTo(nu);
  }

  private void assertLijst(Set<String> onderwerpen, Map<String, Integer> gevolgd) {
    assertThat(onderwerpen).hasSize(SCHRIJVERS * PAGINAS);
    Map<String, Integer> nu = new HashMap<>();
    Map<String, Integer> gezien = new HashMap<>();
    for (String nr : onderwerpen) {
      nu.put(
          nr, given().get("/v1/onderwerpen/" + nr).then().statusCode(200).extract().path("versie"));
      gezien.put(nr, gevolgd.get(nr));
    }
    assertThat(gezien).as("the list follower saw every onderwerp's last version").isEqualTo(nu);
  }

  /** A stemming the import made: ids of stemmingen are a voorstel's number and a date. */
  private static String stemming(JsonNode rapport) {
    for (JsonNode aangemaakt : rapport.path("paginas").path(0).path("aangemaakt")) {
      String id = aangemaakt.path("id").asText();
      if (aangemaakt.path("type").asText().equals("STEMMING")
          && id.matches("\\d+\\.\\d+-\\d{4}-\\d{2}-\\d{2}")) {
        return id;
      }
    }
    throw new AssertionError("Geen stemming aangemaakt: " + rapport);
  }

  private HttpRequest.Builder request(String pad) {
    return HttpRequest.newBuilder(URI.create(api + pad)).timeout(Duration.ofSeconds(30));
  }

  private JsonNode get(String pad) throws Exception {
    return get(URI.create(api + pad));
  }

  private JsonNode get(URI uri) throws Exception {
    return verwacht(200, send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET()));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    if (Instant.now().isAfter(einde)) {
      throw new AssertionError("Niet klaar binnen " + MAXIMUM);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode verwacht(int status, HttpResponse<String> response) throws IOException {
    if (response.statusCode() != status) {
      throw new AssertionError(
          response.request().method()
              + " "
              + response.uri()
              + ": "
              + response.statusCode()
              + " "
              + response.body());
    }
    return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
  }

  private long resterend() {
    return Math.max(1, Duration.between(Instant.now(), einde).toMillis());
  }
}
