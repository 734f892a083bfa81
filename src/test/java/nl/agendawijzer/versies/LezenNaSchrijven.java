package nl.agendawijzer.versies;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import nl.agendawijzer.Sleutels;

/**
 * Read-your-writes under load, for what a replica keeps (ADR 0022): for 8 s two writers change the
 * titel of one resource with If-Match and then read, while four readers read; nobody may read a
 * version older than one already answered to a writer. What is read (the resource itself, or a list
 * that embeds it) is the caller's.
 */
final class LezenNaSchrijven {

  private LezenNaSchrijven() {}

  /**
   * @param resource the path of the resource the writers PATCH
   * @param gelezen the version a read shows now
   */
  static void geenLezerZietOuder(Sleutels.Sleutel redacteur, String resource, IntSupplier gelezen)
      throws Exception {
    Map<Integer, Boolean> beantwoord = new ConcurrentHashMap<>();
    long eind = System.nanoTime() + TimeUnit.SECONDS.toNanos(8);
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Callable<String>> taken = new ArrayList<>();
      for (int w = 0; w < 2; w++) {
        int schrijver = w;
        taken.add(
            () -> {
              for (int i = 0; System.nanoTime() < eind; i++) {
                String etag = given().get(resource).then().extract().header("ETag");
                Response antwoord =
                    given()
                        .auth()
                        .oauth2(redacteur.sleutel())
                        .contentType("application/merge-patch+json")
                        .header("If-Match", etag)
                        .body("{\"titel\": \"Schrijver %d ronde %d\"}".formatted(schrijver, i))
                        .patch(resource)
                        .thenReturn();
                if (antwoord.statusCode() == 412) {
                  continue;
                }
                if (antwoord.statusCode() != 200) {
                  return "PATCH " + antwoord.statusCode() + " " + antwoord.asString();
                }
                int versie = Integer.parseInt(antwoord.header("ETag").replace("\"", ""));
                beantwoord.put(versie, true);
                int daarna = gelezen.getAsInt();
                if (daarna < versie) {
                  return "the writer of version %d read %d after".formatted(versie, daarna);
                }
              }
              return "";
            });
      }
      for (int r = 0; r < 4; r++) {
        taken.add(
            () -> {
              while (System.nanoTime() < eind) {
                int hoogsteBeantwoord =
                    beantwoord.keySet().stream().mapToInt(Integer::intValue).max().orElse(1);
                int versie = gelezen.getAsInt();
                if (versie < hoogsteBeantwoord) {
                  return "read version %d after version %d was answered"
                      .formatted(versie, hoogsteBeantwoord);
                }
              }
              return "";
            });
      }
      List<Future<String>> klaar = new ArrayList<>();
      taken.forEach(t -> klaar.add(pool.submit(t)));
      for (Future<String> f : klaar) {
        assertThat(f.get(60, TimeUnit.SECONDS)).isEmpty();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(beantwoord).as("writes that succeeded").hasSizeGreaterThan(5);
  }
}
