package nl.agendawijzer.onderwerp;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.agendawijzer.ApiTest;
import nl.agendawijzer.TestPaginas;
import nl.agendawijzer.api.Links;
import nl.agendawijzer.importeren.PaginaImporteur;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/**
 * Rendering an onderwerp from its entities (what every write stores as its version, and what a
 * detail GET serves from memory afterwards, docs/adr/0022) costs the same number of queries however
 * many parts it has.
 */
@QuarkusTest
class OnderwerpQueryCountTest extends ApiTest {

  @Inject SessionFactory sessionFactory;
  @Inject PaginaImporteur importeur;
  @Inject OnderwerpService onderwerpen;

  @Test
  void aTopicWithManyPartsCostsAsManyQueriesAsOneWithFew() {
    importeur.importeer("test", TestPaginas.pagina(97000, 1, 12, 8), "test", false);

    long few = statementsFor("23161", 1);
    long many = statementsFor("97001", 8);

    assertThat(many).isEqualTo(few);
    assertThat(few).isBetween(1L, 4L);
  }

  private long statementsFor(String raadsnummer, int tijdlijn) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              sessionFactory.getStatistics().clear();
              OnderwerpView view = onderwerpen.weergave(raadsnummer, Links.stored()).orElseThrow();
              assertThat(view.tijdlijn()).hasSize(tijdlijn);
              return sessionFactory.getStatistics().getPrepareStatementCount();
            });
  }
}
