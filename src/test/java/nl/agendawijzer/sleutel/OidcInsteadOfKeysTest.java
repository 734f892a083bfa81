package nl.agendawijzer.sleutel;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import nl.agendawijzer.ApiTest;
import nl.agendawijzer.Sleutels;
import org.junit.jupiter.api.Test;

/**
 * With configuration only, an OIDC provider's tokens replace the API keys: roles come from the
 * token, and its name is the author of the change. The provider is stood in for by a key pair: the
 * service gets the public key, the test signs tokens with the private one.
 */
@QuarkusTest
@TestProfile(OidcInsteadOfKeysTest.Oidc.class)
class OidcInsteadOfKeysTest extends ApiTest {

  static final KeyPair PROVIDER = keyPair();

  public static class Oidc implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "agendawijzer.api-keys.enabled", "false",
          "quarkus.oidc.tenant-enabled", "true",
          "quarkus.oidc.public-key",
              Base64.getEncoder().encodeToString(PROVIDER.getPublic().getEncoded()),
          "quarkus.oidc.roles.role-claim-path", "rollen",
          "quarkus.oidc.token.principal-claim", "naam");
    }
  }

  @Test
  void aProviderTokenWithTheRedacteurRoleWritesAndIsTheAuthor() {
    given()
        .auth()
        .oauth2(token("Griffie via OIDC", "redacteur"))
        .contentType("application/json")
        .body("{\"raadsnummer\": \"93001\", \"titel\": \"Via OIDC\"}")
        .post("/v1/onderwerpen")
        .then()
        .statusCode(201);

    given()
        .get("/v1/onderwerpen/93001/versies")
        .then()
        .body("_embedded.versies[0].auteur", equalTo("Griffie via OIDC"));
  }

  @Test
  void aTokenWithoutTheRoleIsForbiddenAndApiKeysNoLongerWork() {
    given()
        .auth()
        .oauth2(token("Lezer", "lezer"))
        .contentType("application/json")
        .body("{\"raadsnummer\": \"93002\", \"titel\": \"Mag niet\"}")
        .post("/v1/onderwerpen")
        .then()
        .statusCode(403);
    given().auth().oauth2(Sleutels.BEHEER).get("/v1/sleutels").then().statusCode(401);
  }

  /** A signed RS256 JWT, as the provider would issue it. */
  static String token(String naam, String rol) {
    long nu = Instant.now().getEpochSecond();
    String header = base64("{\"alg\":\"RS256\",\"typ\":\"JWT\"}");
    String payload =
        base64(
            "{\"sub\":\"%s\",\"naam\":\"%s\",\"rollen\":[\"%s\"],\"iat\":%d,\"exp\":%d}"
                .formatted(naam, naam, rol, nu, nu + 300));
    try {
      Signature signature = Signature.getInstance("SHA256withRSA");
      signature.initSign(PROVIDER.getPrivate());
      signature.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
      return header
          + "."
          + payload
          + "."
          + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String base64(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  private static KeyPair keyPair() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
