package nl.agendawijzer.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import nl.agendawijzer.ApiTest;
import nl.agendawijzer.Sleutels;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Inputs that once answered 500 or reached the database unchecked: each is a 400 problem naming
 * what is wrong. Reference data is only read: every write here is refused.
 */
@QuarkusTest
class OngeldigeInvoerTest extends ApiTest {

  private static final String[] COLLECTIONS = {
    "onderwerpen", "voorstellen", "stemmingen", "vergaderingen", "fracties"
  };

  /** One resource of each kind with a merge patch, in the order of COLLECTIONS. */
  private final String[] resources = new String[COLLECTIONS.length];

  private String sleutel;

  @BeforeEach
  void sleutelEnResources() {
    sleutel = Sleutels.redacteur("ongeldige invoer").sleutel();
    for (int i = 0; i < COLLECTIONS.length; i++) {
      resources[i] =
          given()
              .queryParam("pageSize", 1)
              .get("/v1/" + COLLECTIONS[i])
              .then()
              .statusCode(200)
              .extract()
              .path("_embedded." + COLLECTIONS[i] + "[0]._links.self.href");
    }
  }

  private RequestSpecification redacteur() {
    return given().auth().oauth2(sleutel);
  }

  @Test
  void aMergePatchThatIsNotAnObjectIsA400() {
    // The reference data has no fracties; ContractFuzzTest patches one of its own.
    for (String resource : java.util.Arrays.stream(resources).filter(r -> r != null).toList()) {
      String etag = given().get(resource).then().statusCode(200).extract().header("ETag");
      for (String body : new String[] {"[]", "null", "\"x\"", "1", ""}) {
        redacteur()
            .contentType(MergePatch.MEDIA_TYPE)
            .header("If-Match", etag)
            .body(body)
            .patch(resource)
            .then()
            .statusCode(400)
            .contentType(Problem.MEDIA_TYPE)
            .header(HttpConventions.API_VERSION, notNullValue())
            .body("invalidParams.name", hasItem("body"));
      }
    }
  }

  @Test
  void aMergePatchGivingAFieldTheWrongTypeIsA400NamingIt() {
    String etag = given().get(resources[0]).then().extract().header("ETag");
    redacteur()
        .contentType(MergePatch.MEDIA_TYPE)
        .header("If-Match", etag)
        .body("{\"doelen\": \"geen lijst\"}")
        .patch(resources[0])
        .then()
        .statusCode(400)
        .body("invalidParams.name", hasItem("doelen"));
  }

  @Test
  void anEmptyAcceptHeaderAcceptsAnyFormat() {
    for (String path :
        new String[] {resources[0], resources[2], "/v1/documenten", "/v1/onderwerpen"}) {
      given()
          .header("Accept", "")
          .get(path)
          .then()
          .statusCode(200)
          .contentType(containsString("application/json"));
    }
  }

  @Test
  void aNumberLongerThanItsColumnIsA400NamingTheField() {
    redacteur()
        .contentType("application/json")
        .body("{\"raadsnummer\": \"RV-" + "9".repeat(60) + "\", \"titel\": \"Te lang\"}")
        .post("/v1/onderwerpen")
        .then()
        .statusCode(400)
        .body("invalidParams.name", hasItem("raadsnummer"));
  }

  @Test
  void aUrlLongerThanItsColumnIsA400NamingIt() {
    redacteur()
        .contentType("application/json")
        .body(
            "{\"raadsnummer\": \"98768\", \"titel\": \"Lange URL\", \"documenten\": [{\"url\":"
                + " \"https://a.example/"
                + "x".repeat(2000)
                + "\"}]}")
        .post("/v1/onderwerpen")
        .then()
        .statusCode(400)
        .body("invalidParams.name", hasItem(containsString("url")));
  }

  @Test
  void everyProblemOfABodyComesInOne400() {
    redacteur()
        .contentType("application/json")
        .body(
            "{\"raadsnummer\": \"RV-"
                + "9".repeat(60)
                + "\", \"titel\": \"\", \"statusTekst\": \""
                + "x".repeat(201)
                + "\"}")
        .post("/v1/onderwerpen")
        .then()
        .statusCode(400)
        .body("invalidParams.name", hasItems("raadsnummer", "titel", "statusTekst"));
  }

  @Test
  void aDateBefore1800OrAfter9999IsA400() {
    for (String datum : new String[] {"1799-12-31", "+10000-01-01", "-0001-01-01", "10000-01-01"}) {
      redacteur()
          .contentType("application/json")
          .body("{\"datum\": \"" + datum + "\", \"soort\": \"PLENAIR\", \"omschrijving\": \"Oud\"}")
          .post("/v1/vergaderingen")
          .then()
          .statusCode(400)
          .body("invalidParams.name", hasItem("datum"))
          .body("invalidParams.reason", hasItem(containsString("1800-01-01")));
    }
    given()
        .queryParam("datumVanaf", "0001-01-01")
        .get("/v1/voorstellen")
        .then()
        .statusCode(400)
        .body("invalidParams[0].name", equalTo("datumVanaf"));
    given()
        .queryParam("gewijzigdSinds", "+999999999-12-31T23:59:59Z")
        .get("/v1/wijzigingen")
        .then()
        .statusCode(400)
        .body("invalidParams[0].name", equalTo("gewijzigdSinds"));
    given()
        .queryParam("peilmoment", "-999999999-01-01T00:00:00Z")
        .get(resources[0])
        .then()
        .statusCode(400)
        .body("invalidParams[0].name", equalTo("peilmoment"));
  }

  @Test
  void aNumberIsNeverReadFromAStringOrAFractionNorATextFromANumber() {
    for (String voor : new String[] {"1.5", "\"12\"", "true"}) {
      redacteur()
          .contentType("application/json")
          .body("{\"voorstel\": \"23161.001\", \"datum\": \"2023-10-12\", \"voor\": " + voor + "}")
          .post("/v1/stemmingen")
          .then()
          .statusCode(400)
          .body("invalidParams.name", hasItem("voor"));
    }
    redacteur()
        .contentType("application/json")
        .body("{\"raadsnummer\": \"98765\", \"titel\": 12}")
        .post("/v1/onderwerpen")
        .then()
        .statusCode(400)
        .body("invalidParams.name", hasItem("titel"));
    redacteur()
        .contentType("application/json")
        .body("{\"datum\": 20231012, \"soort\": \"PLENAIR\", \"omschrijving\": \"Getal\"}")
        .post("/v1/vergaderingen")
        .then()
        .statusCode(400)
        .body("invalidParams.name", hasItem("datum"));
  }

  @Test
  void aTextWithNulIsA400NamingTheField() {
    redacteur()
        .contentType("application/json")
        .body("{\"raadsnummer\": \"98767\", \"titel\": \"a\\u0000b\"}")
        .post("/v1/onderwerpen")
        .then()
        .statusCode(400)
        .body("invalidParams.name", hasItem("titel"))
        .body("invalidParams.reason", hasItem(containsString("NUL")));
  }

  @Test
  void aKeyGivenTwiceIsA400() {
    redacteur()
        .contentType("application/json")
        .body("{\"raadsnummer\": \"98766\", \"titel\": \"Een\", \"titel\": \"Twee\"}")
        .post("/v1/onderwerpen")
        .then()
        .statusCode(400)
        .body("invalidParams.reason", hasItem(containsString("twee keer")));
  }

  @Test
  void aBodyNestedDeeperThanAnyOfTheContractIsA400() {
    redacteur()
        .contentType("application/json")
        .body("{\"titel\": " + "[".repeat(1000) + "]".repeat(1000) + "}")
        .post("/v1/onderwerpen")
        .then()
        .statusCode(400)
        .contentType(Problem.MEDIA_TYPE);
  }
}
