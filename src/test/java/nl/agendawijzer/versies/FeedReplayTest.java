package nl.agendawijzer.versies;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.agendawijzer.ApiTest;
import nl.agendawijzer.Sleutels;
import org.junit.jupiter.api.Test;

/**
 * A system that replays the change feed from the start into an empty store ends with exactly the
 * data the API serves now: every resource, as served, and nothing that was deleted.
 */
@QuarkusTest
class FeedReplayTest extends ApiTest {

  private static final Map<String, String> COLLECTIONS =
      Map.of(
          "ONDERWERP", "onderwerpen",
          "VOORSTEL", "voorstellen",
          "STEMMING", "stemmingen",
          "VERGADERING", "vergaderingen",
          "FRACTIE", "fracties");

  @Test
  void replayingTheWholeFeedReproducesTheCurrentData() {
    changeSomething();

    Map<String, Object> replayed = new TreeMap<>();
    String url = "/v1/wijzigingen?pageSize=100";
    long vorige = 0;
    while (url != null) {
      JsonPath page =
          given().urlEncodingEnabled(false).get(url).then().statusCode(200).extract().jsonPath();
      for (Map<String, Object> wijziging :
          page.<Map<String, Object>>getList("_embedded.wijzigingen")) {
        long volgnummer = ((Number) wijziging.get("volgnummer")).longValue();
        assertThat(volgnummer).isGreaterThan(vorige);
        vorige = volgnummer;
        String key = wijziging.get("type") + " " + wijziging.get("id");
        if (wijziging.get("soort").equals("VERWIJDERD")) {
          replayed.remove(key);
        } else {
          // Links are already percent-encoded (RG-341%2F2022): send them as they are.
          replayed.put(
              key,
              given()
                  .urlEncodingEnabled(false)
                  .get(href(wijziging))
                  .then()
                  .statusCode(200)
                  .extract()
                  .path(""));
        }
      }
      url = page.getString("_links.next.href");
    }

    assertThat(replayed).isEqualTo(current());
  }

  /** An update, a vote, a deletion: so the feed holds more than first versions. */
  private static void changeSomething() {
    Sleutels.Sleutel redacteur = Sleutels.redacteur("Griffie - replay");
    var spec = given().auth().oauth2(redacteur.sleutel()).contentType("application/json");
    spec.body("{\"raadsnummer\": \"94001\", \"titel\": \"Replay\"}").post("/v1/onderwerpen");
    given()
        .auth()
        .oauth2(redacteur.sleutel())
        .contentType("application/json")
        .body("{\"nummer\": \"94001.001\", \"onderwerp\": \"94001\"}")
        .post("/v1/voorstellen");
    given()
        .auth()
        .oauth2(redacteur.sleutel())
        .contentType("application/json")
        .body(
            "{\"voorstel\": \"94001.001\", \"datum\": \"2024-01-11\", \"uitslagTekst\": \"AANVAARD\"}")
        .post("/v1/stemmingen");
    given()
        .auth()
        .oauth2(redacteur.sleutel())
        .contentType("application/json")
        .body("{\"nummer\": \"94001.002\", \"onderwerp\": \"94001\"}")
        .post("/v1/voorstellen");
    given()
        .auth()
        .oauth2(redacteur.sleutel())
        .header("If-Match", "\"1\"")
        .delete("/v1/voorstellen/94001.002")
        .then()
        .statusCode(204);
  }

  private static String href(Map<String, Object> wijziging) {
    @SuppressWarnings("unchecked")
    Map<String, Map<String, String>> links =
        (Map<String, Map<String, String>>) wijziging.get("_links");
    return links.get("versie").get("href");
  }

  /** Every resource the API serves now, read through its lists and details. */
  private static Map<String, Object> current() {
    Map<String, Object> current = new HashMap<>();
    COLLECTIONS.forEach(
        (type, collection) -> {
          String url = "/v1/" + collection + "?pageSize=100";
          while (url != null) {
            JsonPath page = given().urlEncodingEnabled(false).get(url).then().extract().jsonPath();
            List<Map<String, Object>> items = page.getList("_embedded." + collection);
            for (Map<String, Object> item : items) {
              @SuppressWarnings("unchecked")
              String self =
                  ((Map<String, Map<String, String>>) item.get("_links")).get("self").get("href");
              current.put(
                  type
                      + " "
                      + java.net.URLDecoder.decode(
                          self.substring(self.lastIndexOf('/') + 1),
                          java.nio.charset.StandardCharsets.UTF_8),
                  given()
                      .urlEncodingEnabled(false)
                      .get(self)
                      .then()
                      .statusCode(200)
                      .extract()
                      .path(""));
            }
            url = page.getString("_links.next.href");
          }
        });
    return new TreeMap<>(current);
  }
}
