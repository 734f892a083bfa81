package nl.agendawijzer.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import java.util.Map;
import nl.agendawijzer.ApiTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Forwarding is on, but the only trusted proxy is an address the tests never come from: forwarded
 * headers from anyone else change neither the origin of links and embeds nor the client address the
 * read limit counts (docs/adr/0024).
 */
@QuarkusTest
@TestProfile(OnvertrouwdeProxyTest.AndereProxy.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OnvertrouwdeProxyTest extends ApiTest {

  public static class AndereProxy implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "agendawijzer.leeslimiet.capaciteit", "5",
          "agendawijzer.leeslimiet.aanvulling", "5",
          "agendawijzer.leeslimiet.periode", "1h",
          "quarkus.http.proxy.proxy-address-forwarding", "true",
          "quarkus.http.proxy.allow-x-forwarded", "true",
          "quarkus.http.proxy.allow-forwarded", "true",
          "quarkus.http.proxy.enable-forwarded-host", "true",
          "quarkus.http.proxy.trusted-proxies", "192.0.2.1");
    }
  }

  private static String origin() {
    return "http://localhost:" + RestAssured.port;
  }

  @Test
  @Order(1)
  void forgedForwardedHeadersDoNotChangeLinksOrEmbeds() {
    given()
        .header("X-Forwarded-Proto", "https")
        .header("X-Forwarded-Host", "vervalst.example")
        .header("Forwarded", "for=198.51.100.1;proto=https;host=vervalst.example")
        .get("/v1/onderwerpen/23161")
        .then()
        .statusCode(200)
        .body("_links.self.href", equalTo(origin() + "/v1/onderwerpen/23161"));
    given()
        .header("X-Forwarded-Host", "vervalst.example")
        .queryParam("url", origin() + "/embed/voorstellen/23161.001")
        .get("/oembed")
        .then()
        .statusCode(200)
        .body("html", Matchers.containsString(origin() + "/embed/voorstellen/23161.001"))
        .body("html", not(Matchers.containsString("vervalst")));
  }

  @Test
  @Order(2)
  void aForgedForwardedForDoesNotGiveAClientANewBucket() {
    // Two of the five reads went above; whatever address each read claims, they share one bucket.
    int bediend = 0;
    for (int i = 1; i <= 5; i++) {
      int status =
          given()
              .header("X-Forwarded-For", "198.51.100." + i)
              .header("Forwarded", "for=198.51.100." + i)
              .get("/v1/onderwerpen/23161")
              .statusCode();
      if (status == 200) {
        bediend++;
      } else {
        assertThat(status).isEqualTo(429);
      }
    }
    assertThat(bediend).isEqualTo(3);
  }
}
