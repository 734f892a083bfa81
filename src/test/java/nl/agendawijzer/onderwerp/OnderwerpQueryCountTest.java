package nl.agendawijzer.onderwerp;

import static io.restassured.RestAssured.when;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.agendawijzer.ApiTest;
import nl.agendawijzer.TestPaginas;
import nl.agendawijzer.importeren.PaginaImporteur;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/** The embedded representation costs the same number of queries however many parts it has. */
@QuarkusTest
class OnderwerpQueryCountTest extends ApiTest {

  @Inject SessionFactory sessionFactory;
  @Inject PaginaImporteur importeur;

  @Test
  void aTopicWithManyPartsCostsAsManyQueriesAsOneWithFew() {
    importeur.importeer("test", TestPaginas.pagina(97000, 1, 12, 8), "test", false);

    long few = statementsFor("/v1/onderwerpen/23161", 1);
    long many = statementsFor("/v1/onderwerpen/97001", 8);

    assertThat(many).isEqualTo(few);
    assertThat(few).isLessThanOrEqualTo(4);
  }

  private long statementsFor(String path, int tijdlijn) {
    sessionFactory.getStatistics().clear();
    when().get(path).then().statusCode(200).body("tijdlijn", hasSize(tijdlijn));
    return sessionFactory.getStatistics().getPrepareStatementCount();
  }
}
