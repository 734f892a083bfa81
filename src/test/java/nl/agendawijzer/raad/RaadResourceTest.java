package nl.agendawijzer.raad;

import static io.restassured.RestAssured.when;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import io.quarkus.test.junit.QuarkusTest;
import nl.agendawijzer.ApiTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RaadResourceTest extends ApiTest {

  @Test
  void servesAlmereWith45SeatsPerTerm() {
    when()
        .get("/v1/raad")
        .then()
        .statusCode(200)
        .body("naam", equalTo("Gemeenteraad van Almere"))
        .body("zetels", equalTo(45))
        .body("perioden.periode", contains("2018-2022", "2022-2026", "2026-2030"))
        .body("perioden.zetels", everyItem(equalTo(45)));
  }
}
