package nl.agendawijzer.document;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;

import io.quarkus.test.junit.QuarkusTest;
import nl.agendawijzer.ApiTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DocumentResourceTest extends ApiTest {

  @Test
  void listsTheDocumentsOfAnOnderwerpBySoort() {
    given()
        .queryParam("onderwerp", "23161")
        .queryParam("soort", "EXTERN")
        .when()
        .get("/v1/documenten")
        .then()
        .statusCode(200)
        .body("_embedded.documenten.id", contains("23161-2", "23161-3"))
        .body("_embedded.documenten[0]._links.onderwerp.href", endsWith("/v1/onderwerpen/23161"));
  }
}
