package nl.agendawijzer.embed;

import static io.restassured.RestAssured.given;
import static io.restassured.RestAssured.when;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import nl.agendawijzer.ApiTest;
import nl.agendawijzer.Sleutels;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WidgetTest extends ApiTest {

  private static Sleutels.Sleutel redacteur;

  @BeforeEach
  void data() {
    if (redacteur == null) {
      redacteur = Sleutels.redacteur("Griffie - widget");
      maak("/v1/onderwerpen", "{\"raadsnummer\": \"83001\", \"titel\": \"Widget\"}");
      maak(
          "/v1/voorstellen",
          "{\"nummer\": \"83001.001\", \"soort\": \"MOTIE\", \"titel\":"
              + " \"<script>alert('x')</script> & \\\"co\\\"\", \"onderwerp\": \"83001\"}");
      maak(
          "/v1/stemmingen",
          "{\"voorstel\": \"83001.001\", \"datum\": \"2024-03-07\", \"uitslagTekst\": \"Verworpen\","
              + " \"voor\": 10, \"tegen\": 30}");
    }
  }

  private static void maak(String pad, String body) {
    given()
        .auth()
        .oauth2(redacteur.sleutel())
        .contentType("application/json")
        .body(body)
        .post(pad)
        .then()
        .statusCode(201);
  }

  private static String origin() {
    return "http://localhost:" + RestAssured.port;
  }

  @Test
  void theCardShowsTitleOutcomeNumbersDateAndTopicAndMayBeFramedAnywhere() {
    String html =
        when()
            .get("/embed/voorstellen/23161.001")
            .then()
            .statusCode(200)
            .contentType(startsWith("text/html"))
            .header("X-Frame-Options", nullValue())
            .header("Content-Security-Policy", equalTo(Widget.CSP))
            .extract()
            .asString();
    assertThat(html)
        .contains("Doelgericht strijden tegen mensenhandel")
        .contains("Aanvaard")
        .contains("<strong>34</strong>")
        .contains("<strong>4</strong>")
        .contains("aria-label=\"34 stemmen voor, 4 stemmen tegen\"")
        .contains("<time datetime=\"2023-10-12\">12 oktober 2023</time>")
        .contains("href=\"" + origin() + "/v1/onderwerpen/23161\"")
        .contains(
            "<link rel=\"alternate\" type=\"application/json+oembed\" href=\""
                + origin()
                + "/oembed?format=json&amp;url=http%3A%2F%2Flocalhost%3A")
        .doesNotContain("<script")
        .doesNotContain("src=")
        .doesNotContain("@import");
  }

  @Test
  void textFromTheDataIsEscaped() {
    String html =
        when().get("/embed/voorstellen/83001.001").then().statusCode(200).extract().asString();
    assertThat(html)
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;co&quot;")
        .doesNotContain("<script>")
        .contains("Verworpen")
        .contains("<strong>10</strong>")
        .contains("width: 25.0%");
  }

  @Test
  void otherPathsKeepTheStrictFramingHeaders() {
    when()
        .get("/v1/voorstellen/23161.001")
        .then()
        .header("X-Frame-Options", "DENY")
        .header("Content-Security-Policy", "frame-ancestors 'none'");
  }

  @Test
  void anUnknownVoorstelIsA404PageForABrowserAndAProblemOtherwise() {
    given()
        .accept("text/html,application/xhtml+xml,*/*;q=0.8")
        .get("/embed/voorstellen/99999.999")
        .then()
        .statusCode(404)
        .contentType(startsWith("text/html"))
        .body(containsString("Voorstel 99999.999 bestaat niet."));
    when()
        .get("/embed/voorstellen/99999.999")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("detail", containsString("99999.999"));
  }

  @Test
  void oembedGivesARichIframeForACardOrVoorstelUrl() {
    for (String url :
        new String[] {
          origin() + "/embed/voorstellen/23161.001", origin() + "/v1/voorstellen/23161.001"
        }) {
      given()
          .queryParam("url", url)
          .queryParam("maxwidth", 400)
          .get("/oembed")
          .then()
          .statusCode(200)
          .contentType("application/json")
          .body("type", equalTo("rich"))
          .body("version", equalTo("1.0"))
          .body("width", equalTo(400))
          .body("provider_name", equalTo("Agendawijzer Almere"))
          .body(
              "html",
              startsWith(
                  "<iframe src=\"" + origin() + "/embed/voorstellen/23161.001\" width=\"400\""));
    }
    given()
        .queryParam("url", origin() + "/embed/voorstellen/83001.001")
        .get("/oembed")
        .then()
        .statusCode(200)
        .body("title", startsWith("<script>"))
        .body("html", containsString("title=\"Stemming over &lt;script&gt;"));
  }

  @Test
  void oembedRefusesForeignUnknownAndXml() {
    given()
        .queryParam("url", "https://elders.example/embed/voorstellen/23161.001")
        .get("/oembed")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    given()
        .queryParam("url", origin() + "/embed/voorstellen/99999.999")
        .get("/oembed")
        .then()
        .statusCode(404);
    given()
        .queryParam("url", origin() + "/embed/voorstellen/23161.001")
        .queryParam("format", "xml")
        .get("/oembed")
        .then()
        .statusCode(501)
        .contentType("application/problem+json");
    given()
        .queryParam("maxwidth", "breed")
        .get("/oembed")
        .then()
        .statusCode(400)
        .body("invalidParams.name", org.hamcrest.Matchers.containsInAnyOrder("url", "maxwidth"));
  }
}
