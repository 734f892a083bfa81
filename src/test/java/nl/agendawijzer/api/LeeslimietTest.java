package nl.agendawijzer.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import java.util.Optional;
import nl.agendawijzer.ApiTest;
import nl.agendawijzer.Sleutels;
import org.junit.jupiter.api.Test;

/**
 * Reads without an editor key are limited per client address (docs/adr/0024). Behind the proxy this
 * profile trusts (loopback, where the tests come from) the client address is the one {@code
 * X-Forwarded-For} names, so each test reads as clients of its own.
 */
@QuarkusTest
@TestProfile(LeeslimietTest.VijfPerUurAchterEenProxy.class)
class LeeslimietTest extends ApiTest {

  static final int CAPACITEIT = 5;

  private final String gereed = Beheerpoort.url("/q/health/ready");

  /** Five reads, then one more every twelve minutes: a burst gets 429 at once. */
  public static class VijfPerUurAchterEenProxy implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "agendawijzer.leeslimiet.capaciteit", Integer.toString(CAPACITEIT),
          "agendawijzer.leeslimiet.aanvulling", Integer.toString(CAPACITEIT),
          "agendawijzer.leeslimiet.periode", "1h",
          "quarkus.http.proxy.proxy-address-forwarding", "true",
          "quarkus.http.proxy.allow-x-forwarded", "true",
          "quarkus.http.proxy.allow-forwarded", "true",
          "quarkus.http.proxy.enable-forwarded-host", "true",
          "quarkus.http.proxy.trusted-proxies", "127.0.0.1,::1");
    }
  }

  private static Response lees(String client, String pad) {
    return given().header("X-Forwarded-For", client).get(pad);
  }

  /** Reads until the client's bucket is empty; each answer says what is left of it. */
  private static void verbruikAlles(String client) {
    for (int i = CAPACITEIT - 1; i >= 0; i--) {
      lees(client, "/v1/onderwerpen/23161")
          .then()
          .statusCode(200)
          .header("RateLimit-Policy", equalTo("\"anoniem\";q=5;w=3600"))
          .header("RateLimit", matchesPattern("\"anoniem\";r=" + i + ";t=\\d+"));
    }
  }

  @Test
  void aBurstFromOneClientGets429WithRetryAfterWhileAnotherClientIsServed() {
    verbruikAlles("203.0.113.10");

    Response weigering = lees("203.0.113.10", "/v1/onderwerpen/23161");
    weigering
        .then()
        .statusCode(429)
        .contentType("application/problem+json")
        .header("API-Version", notNullValue())
        .header("Cache-Control", "no-store")
        .header("Retry-After", matchesPattern("\\d+"))
        .header("RateLimit-Policy", equalTo("\"anoniem\";q=5;w=3600"))
        .body("status", equalTo(429))
        .body("title", equalTo("Too Many Requests"))
        .body("detail", startsWith("Te veel verzoeken van dit adres"))
        .body("instance", equalTo("/v1/onderwerpen/23161"));
    long retryAfter = Long.parseLong(weigering.header("Retry-After"));
    // One token comes back every 720 s; the reset is the moment Retry-After names.
    assertThat(retryAfter).isBetween(1L, 720L);
    assertThat(weigering.header("RateLimit")).isEqualTo("\"anoniem\";r=0;t=" + retryAfter);

    // Every read counts, whichever layer answers it: a list, the widget, a path nobody serves.
    lees("203.0.113.10", "/v1/onderwerpen").then().statusCode(429);
    lees("203.0.113.10", "/embed/voorstellen/23161.001").then().statusCode(429);
    lees("203.0.113.10", "/v1/bestaat-niet").then().statusCode(429);

    lees("203.0.113.11", "/v1/onderwerpen/23161")
        .then()
        .statusCode(200)
        .header("RateLimit", matchesPattern("\"anoniem\";r=4;t=\\d+"));
    // Probes go to the management port, which has no read limit (docs/adr/0026).
    given().header("X-Forwarded-For", "203.0.113.10").get(gereed).then().statusCode(200);
  }

  @Test
  void anEditorKeyIsNotLimitedAndSendsNoLimitFields() {
    String sleutel = Sleutels.redacteur("Leeslimiet").sleutel();
    verbruikAlles("203.0.113.20");
    lees("203.0.113.20", "/v1/onderwerpen/23161").then().statusCode(429);

    for (int i = 0; i < 3 * CAPACITEIT; i++) {
      given()
          .header("X-Forwarded-For", "203.0.113.20")
          .auth()
          .oauth2(sleutel)
          .get("/v1/onderwerpen/23161")
          .then()
          .statusCode(200)
          .header("RateLimit", nullValue());
    }
    lees("203.0.113.20", "/v1/onderwerpen/23161").then().statusCode(429);
  }

  @Test
  void anUnknownOrRevokedKeyDoesNotExempt() {
    Sleutels.Sleutel ingetrokken = Sleutels.redacteur("Ingetrokken");
    Sleutels.trekIn(ingetrokken);
    verbruikAlles("203.0.113.30");

    for (String sleutel : new String[] {"aw_verzonnen", ingetrokken.sleutel(), ""}) {
      given()
          .header("X-Forwarded-For", "203.0.113.30")
          .header("Authorization", "Bearer " + sleutel)
          .get("/v1/onderwerpen/23161")
          .then()
          .statusCode(429)
          .contentType("application/problem+json");
    }
  }

  @Test
  void aTrustedProxyChoosesTheOriginOfLinksAndEmbeds() {
    given()
        .header("X-Forwarded-For", "203.0.113.40")
        .header("X-Forwarded-Proto", "https")
        .header("X-Forwarded-Host", "agendawijzer.example.org")
        .get("/v1/onderwerpen/23161")
        .then()
        .statusCode(200)
        .body("_links.self.href", equalTo("https://agendawijzer.example.org/v1/onderwerpen/23161"));
    given()
        .header("X-Forwarded-For", "203.0.113.40")
        .header("Forwarded", "for=203.0.113.40;proto=https;host=raad.example.org")
        .get("/embed/voorstellen/23161.001")
        .then()
        .statusCode(200)
        .body(containsString("https://raad.example.org/v1/onderwerpen/23161"));
  }

  @Test
  void forwardingWithoutTrustedProxiesRefusesToStart() {
    Leeslimiet leeslimiet = new Leeslimiet();
    leeslimiet.doorsturen = true;
    leeslimiet.vertrouwdeProxies = Optional.empty();
    assertThatThrownBy(() -> leeslimiet.controleerProxies(null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("quarkus.http.proxy.trusted-proxies");
    leeslimiet.vertrouwdeProxies = Optional.of(java.util.List.of("10.0.0.1"));
    leeslimiet.controleerProxies(null);
  }
}
