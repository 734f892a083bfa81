package nl.agendawijzer.voorstel;

import static io.restassured.RestAssured.given;
import static io.restassured.RestAssured.when;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import nl.agendawijzer.ApiTest;
import nl.agendawijzer.Sleutels;
import nl.agendawijzer.importeren.PaginaImporteur;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/**
 * A change of seats re-versions every stemming of the term, and every voorstel they belong to, in
 * one set-based pass: the number of flushes does not grow with the number of stemmingen (a flush
 * per stemming made a term of 20,000 take longer than the transaction may last; see
 * bench/seat-change.sh for the time).
 */
@QuarkusTest
class ZetelwijzigingTest extends ApiTest {

  private static final int MOTIES = 60;
  private static final String NUMMER = "98500";
  private static final String DATUM = "2040-03-02";

  @Inject SessionFactory sessionFactory;
  @Inject PaginaImporteur importeur;

  @Test
  void aSeatChangeVersionsEveryStemmingOfTheTermWithAFixedNumberOfFlushes() {
    importeur.importeer("test", pagina(), "test", false);
    Sleutels.Sleutel redacteur = Sleutels.redacteur("Griffie - zetelwijziging");

    int versie = 1;
    // 46 and back, so the open term keeps its seats for the other tests.
    for (int zetels : new int[] {46, 45}) {
      String etag = when().get("/v1/raad").then().statusCode(200).extract().header("ETag");
      sessionFactory.getStatistics().clear();
      given()
          .auth()
          .oauth2(redacteur.sleutel())
          .contentType("application/json")
          .header("If-Match", etag)
          .body(Map.of("van", "2026-03-18", "zetels", zetels))
          .put("/v1/raad/perioden/2026-2030")
          .then()
          .statusCode(200);
      long flushes = sessionFactory.getStatistics().getFlushCount();
      versie++;

      assertThat(flushes).isLessThan(MOTIES / 4);
      given()
          .queryParam("datumVanaf", DATUM)
          .queryParam("datumTot", DATUM)
          .queryParam("pageSize", 100)
          .get("/v1/stemmingen")
          .then()
          .statusCode(200)
          .body("_embedded.stemmingen", hasSize(MOTIES))
          .body("_embedded.stemmingen.zetels", everyItem(equalTo(zetels)))
          .body("_embedded.stemmingen.versie", everyItem(equalTo(versie)))
          .body("_embedded.stemmingen.controle.status", everyItem(equalTo("OK")));
      given()
          .queryParam("pageSize", 100)
          .get("/v1/onderwerpen/" + NUMMER + "/voorstellen")
          .then()
          .statusCode(200)
          .body("_embedded.voorstellen", hasSize(MOTIES))
          .body("_embedded.voorstellen.versie", everyItem(equalTo(versie)))
          .body("_embedded.voorstellen.stemmingen.flatten().zetels", everyItem(equalTo(zetels)));
    }
  }

  /** One topic with MOTIES motions, each decided with one vote on DATUM (in the open term). */
  private static String pagina() {
    StringBuilder moties = new StringBuilder();
    for (int k = 1; k <= MOTIES; k++) {
      moties.append("  • Motie: Motie %d (%s.%03d) AANVAARD 30/10\n".formatted(k, NUMMER, k));
    }
    return "Agendawijzer\n\nZetelwijziging\n\nRaadsnummer: "
        + NUMMER
        + "\n\nGeschreven op: 02-03-2040 | Laatst bewerkt op: 02-03-2040 | Status onderwerp:"
        + " afgerond\n\nInleiding.\n\n\u00a0\nEerdere berichten\n\n2 maart 2040 - Plenair,"
        + " besluit.\n\n"
        + moties;
  }
}
