package nl.agendawijzer.versies;

import static io.restassured.RestAssured.given;
import static io.restassured.RestAssured.when;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import nl.agendawijzer.ApiTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class VersiesTest extends ApiTest {

  @Test
  void theReferenceDataIsVersion1ByReferentiedata() {
    when()
        .get("/v1/onderwerpen/23161/versies")
        .then()
        .statusCode(200)
        .body("_embedded.versies", hasSize(1))
        .body("_embedded.versies[0].versie", equalTo(1))
        .body("_embedded.versies[0].soort", equalTo("TOEGEVOEGD"))
        .body("_embedded.versies[0].auteur", equalTo("referentiedata"))
        .body("_embedded.versies[0]._links.self.href", endsWith("/v1/onderwerpen/23161/versies/1"));
  }

  @Test
  void aStoredVersionIsServedAsTheResourceWasServed() {
    Map<String, Object> nu = when().get("/v1/voorstellen/23161.001").then().extract().path("");
    Map<String, Object> versie1 =
        when().get("/v1/voorstellen/23161.001/versies/1").then().statusCode(200).extract().path("");

    assertThat(versie1).isEqualTo(nu);
  }

  @Test
  void versionsArePagedWithNextAndPrevLinks() {
    String sleutel = nl.agendawijzer.Sleutels.redacteur("Griffie - versies").sleutel();
    String nr = "96990";
    given()
        .auth()
        .oauth2(sleutel)
        .contentType("application/json")
        .body(
            "{\"raadsnummer\": \"%s\", \"titel\": \"Versie 1\", \"statusTekst\": \"open\"}"
                .formatted(nr))
        .post("/v1/onderwerpen")
        .then()
        .statusCode(201);
    for (int versie = 1; versie < 5; versie++) {
      given()
          .auth()
          .oauth2(sleutel)
          .contentType("application/merge-patch+json")
          .header("If-Match", "\"" + versie + "\"")
          .body("{\"titel\": \"Versie " + (versie + 1) + "\"}")
          .patch("/v1/onderwerpen/" + nr)
          .then()
          .statusCode(200);
    }
    List<Integer> gezien = new java.util.ArrayList<>();
    String volgende = "/v1/onderwerpen/" + nr + "/versies?pageSize=2";
    String laatste = null;
    while (volgende != null) {
      var pagina = when().get(volgende).then().statusCode(200).extract().jsonPath();
      gezien.addAll(pagina.getList("_embedded.versies.versie", Integer.class));
      laatste = volgende;
      volgende = pagina.getString("_links.next.href");
    }
    assertThat(gezien).containsExactly(1, 2, 3, 4, 5);
    String terug = when().get(laatste).then().extract().path("_links.prev.href");
    when()
        .get(terug)
        .then()
        .statusCode(200)
        .body("_embedded.versies.versie", equalTo(List.of(3, 4)));
    given()
        .queryParam("pageSize", 0)
        .get("/v1/onderwerpen/" + nr + "/versies")
        .then()
        .statusCode(400)
        .body("invalidParams[0].name", equalTo("pageSize"));
    given()
        .queryParam("cursor", "geen-cursor")
        .get("/v1/onderwerpen/" + nr + "/versies")
        .then()
        .statusCode(400)
        .body("invalidParams[0].name", equalTo("cursor"));
  }

  @Test
  void anUnknownVersionIs404() {
    when().get("/v1/onderwerpen/23161/versies/99").then().statusCode(404);
    when().get("/v1/onderwerpen/99999/versies").then().statusCode(404);
  }

  @Test
  void aPeilmomentBeforeTheFirstVersionIs404AndAfterItTheVersion() {
    given()
        .queryParam("peilmoment", "2000-01-01T00:00:00Z")
        .get("/v1/onderwerpen/23161")
        .then()
        .statusCode(404);
    given()
        .queryParam("peilmoment", "2999-01-01T00:00:00+01:00")
        .get("/v1/onderwerpen/23161")
        .then()
        .statusCode(200)
        .body("titel", equalTo("Mensenhandel"))
        .body("versie", equalTo(1));
    given()
        .queryParam("peilmoment", "gisteren")
        .get("/v1/onderwerpen/23161")
        .then()
        .statusCode(400)
        .body("invalidParams[0].name", equalTo("peilmoment"));
  }

  @Test
  void aDetailHasAStrongEtagOfItsVersionAndLastModified() {
    when()
        .get("/v1/vergaderingen/2023-10-12-plenair")
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .header("Last-Modified", notNullValue())
        .header("Cache-Control", "public, max-age=60");
    given()
        .header("If-None-Match", "\"1\"")
        .get("/v1/vergaderingen/2023-10-12-plenair")
        .then()
        .statusCode(304)
        .header("ETag", "\"1\"");
    given()
        .header("If-None-Match", "\"0\", W/\"1\"")
        .get("/v1/vergaderingen/2023-10-12-plenair")
        .then()
        .statusCode(304);
    given()
        .header("If-None-Match", "\"2\"")
        .get("/v1/vergaderingen/2023-10-12-plenair")
        .then()
        .statusCode(200);
  }

  @Test
  void ifModifiedSinceGives304WhenNothingChangedSince() {
    String lastModified =
        when().get("/v1/stemmingen/23161-2023-10-12").then().extract().header("Last-Modified");

    given()
        .header("If-Modified-Since", lastModified)
        .get("/v1/stemmingen/23161-2023-10-12")
        .then()
        .statusCode(304);
    given()
        .header("If-Modified-Since", "Mon, 01 Jan 2001 00:00:00 GMT")
        .get("/v1/stemmingen/23161-2023-10-12")
        .then()
        .statusCode(200);
  }

  @Test
  void listsGetAnEtagOfTheirContent() {
    String etag =
        when().get("/v1/onderwerpen/23161/doelen").then().statusCode(200).extract().header("ETag");

    assertThat(etag).startsWith("\"").endsWith("\"").hasSizeGreaterThan(10);
    given()
        .header("If-None-Match", etag)
        .get("/v1/onderwerpen/23161/doelen")
        .then()
        .statusCode(304);
    given()
        .header("If-None-Match", etag)
        .get("/v1/onderwerpen/23161/documenten")
        .then()
        .statusCode(200);
  }

  @Test
  void listsTakeGewijzigdSinds() {
    String gewijzigdOp = when().get("/v1/onderwerpen/23161").then().extract().path("gewijzigdOp");

    given()
        .queryParam("gewijzigdSinds", gewijzigdOp)
        .queryParam("pageSize", 100)
        .get("/v1/onderwerpen")
        .then()
        .statusCode(200)
        .body("_embedded.onderwerpen.raadsnummer", org.hamcrest.Matchers.hasItem("23161"));
    given()
        .queryParam("gewijzigdSinds", "2999-01-01T00:00:00Z")
        .get("/v1/stemmingen")
        .then()
        .statusCode(200)
        .body("_embedded.stemmingen", hasSize(0));
    given()
        .queryParam("gewijzigdSinds", "2026-13-01")
        .get("/v1/voorstellen")
        .then()
        .statusCode(400)
        .body("invalidParams[0].name", equalTo("gewijzigdSinds"));
  }

  @Test
  void errorsAreNeverCached() {
    when().get("/v1/onderwerpen/99999").then().statusCode(404).header("Cache-Control", "no-store");
  }

  @Test
  void theFeedListsTheReferenceDataInOneIncreasingOrder() {
    List<Map<String, Object>> wijzigingen =
        given()
            .queryParam("pageSize", 100)
            .get("/v1/wijzigingen")
            .then()
            .statusCode(200)
            .extract()
            .path("_embedded.wijzigingen");

    assertThat(wijzigingen)
        .extracting(w -> ((Number) w.get("volgnummer")).longValue())
        .isSorted()
        .doesNotHaveDuplicates();
    List<String> resources =
        wijzigingen.stream().map(w -> w.get("type") + " " + w.get("id")).toList();
    List<String> referentie =
        List.of(
            "ONDERWERP 23161",
            "VOORSTEL 23161",
            "VOORSTEL 23161.001",
            "STEMMING 23161.001-2023-10-12",
            "VERGADERING 2023-10-12-plenair");
    assertThat(resources).containsAll(referentie);
    // The reference data is loaded before any test writes: the feed starts with it, all of it
    // added. What other tests of this run wrote comes after it.
    int laatste = referentie.stream().mapToInt(resources::indexOf).max().orElseThrow();
    assertThat(wijzigingen.subList(0, laatste + 1))
        .extracting(w -> w.get("soort"))
        .containsOnly("TOEGEVOEGD");
  }

  @Test
  void theFeedResumesAfterTheLastSequenceSeenAndFiltersOnType() {
    long eerste =
        ((Number)
                given()
                    .queryParam("pageSize", 1)
                    .get("/v1/wijzigingen")
                    .then()
                    .extract()
                    .path("_embedded.wijzigingen[0].volgnummer"))
            .longValue();

    given()
        .queryParam("naVolgnummer", eerste)
        .queryParam("type", "VOORSTEL")
        .get("/v1/wijzigingen")
        .then()
        .statusCode(200)
        .body("_embedded.wijzigingen.volgnummer", everyItem(greaterThan((int) eerste)))
        .body("_embedded.wijzigingen.type", everyItem(equalTo("VOORSTEL")))
        .body("_embedded.wijzigingen.id", hasItems("23161", "23161.001"))
        .body("_embedded.wijzigingen[0]._links.resource.href", containsString("/v1/voorstellen/"));
  }
}
