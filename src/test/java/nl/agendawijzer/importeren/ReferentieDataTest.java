package nl.agendawijzer.importeren;

import static io.restassured.RestAssured.when;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.agendawijzer.ApiTest;
import nl.agendawijzer.onderwerp.OnderwerpRepository;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReferentieDataTest extends ApiTest {

  @Inject ReferentieData referentieData;
  @Inject OnderwerpRepository onderwerpen;
  @Inject PaginaImporteur importeur;

  @Test
  void aSecondStartLoadsNothingAndLeavesTheVersionAt1() {
    String gewijzigdOp = when().get("/v1/onderwerpen/23161").then().extract().path("gewijzigdOp");
    long before = count();

    referentieData.laadAlsLeeg();

    assertThat(count()).isEqualTo(before);
    when()
        .get("/v1/onderwerpen/23161")
        .then()
        .body("versie", equalTo(1))
        .body("gewijzigdOp", equalTo(gewijzigdOp));
  }

  @Test
  void importingTheReferencePageAgainChangesNothing() throws Exception {
    long before = count();
    String gewijzigdOp = when().get("/v1/onderwerpen/23161").then().extract().path("gewijzigdOp");

    PaginaRapport rapport =
        importeur.importeer(
            ReferentieData.PAGINA, AgendawijzerParserTest.referentiePagina(), "test", false);

    assertThat(rapport.status()).isEqualTo(PaginaRapport.Status.ONGEWIJZIGD);
    assertThat(rapport.aangemaakt()).isEmpty();
    assertThat(rapport.bijgewerkt()).isEmpty();
    assertThat(count()).isEqualTo(before);
    when()
        .get("/v1/onderwerpen/23161")
        .then()
        .body("versie", equalTo(1))
        .body("gewijzigdOp", equalTo(gewijzigdOp))
        .body("herkomst.bron", equalTo(ReferentieData.PAGINA))
        .body("herkomst.parserVersie", equalTo(AgendawijzerParser.VERSIE));
  }

  @Test
  void aPageThatFailsWhileBeingStoredLeavesNothingBehind() {
    // Parses fine, but the voorstel number is longer than the column: the insert fails late.
    String nummer = "RV-" + "1".repeat(60);
    String pagina =
        "Agendawijzer\nHalf geschreven\nRaadsnummer: 98001\n"
            + "Geschreven op: 01-02-2024 | Laatst bewerkt op: 02-02-2024 | Status onderwerp: afgerond\n"
            + "\nWaar gaat het over?\n\nTekst.\n\nEerdere berichten\n\n"
            + "1 februari 2024 - Plenair, besluit.\n\n  • Te lang ("
            + nummer
            + ") AANVAARD 30/2\n";

    org.assertj.core.api.Assertions.assertThatThrownBy(
        () -> importeur.importeer("te-lang.txt", pagina, "test", false));

    when().get("/v1/onderwerpen/98001").then().statusCode(404);
    when().get("/v1/vergaderingen/2024-02-01-plenair").then().statusCode(404);
  }

  long count() {
    return onderwerpen.count();
  }
}
