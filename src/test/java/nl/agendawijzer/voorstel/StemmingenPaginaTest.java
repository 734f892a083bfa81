package nl.agendawijzer.voorstel;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Locale;
import nl.agendawijzer.ApiTest;
import nl.agendawijzer.OpgenomenSql;
import org.junit.jupiter.api.Test;

/**
 * A page of stemmingen reads the faction results of its own rows only. With Hibernate's SUBSELECT
 * fetch the query for them repeated the page's query without its limit, so a page of 100 read the
 * results of every stemming matching the filter: 600,000 rows and an OutOfMemoryError on PostgreSQL
 * at council scale (issue 11).
 */
@QuarkusTest
class StemmingenPaginaTest extends ApiTest {

  /** Also names CSV: content negotiation, so the resource answers and runs its queries. */
  private static final String NAAR_DE_RESOURCE = "application/json, text/csv;q=0.1";

  @Test
  void theFactionResultsOfAPageAreReadByTheIdsOfItsRows() {
    List<String> sql =
        OpgenomenSql.tijdens(
            () ->
                given()
                    .accept(NAAR_DE_RESOURCE)
                    .get("/v1/stemmingen?sort=-datum&pageSize=1")
                    .then()
                    .statusCode(200));

    List<String> fractieUitslagen =
        sql.stream().filter(s -> s.toLowerCase(Locale.ROOT).contains("stemming_fractie")).toList();
    assertThat(fractieUitslagen).as("the query for the page's faction results").isNotEmpty();
    assertThat(fractieUitslagen)
        .allSatisfy(
            s ->
                assertThat(s.toLowerCase(Locale.ROOT).split("select", -1))
                    .as("no subquery in %s", s)
                    .hasSize(2));
  }
}
