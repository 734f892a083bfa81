package nl.agendawijzer.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.agendawijzer.ApiTest;
import nl.agendawijzer.TestPaginas;
import nl.agendawijzer.importeren.PaginaImporteur;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Walks whole lists page by page, forwards along next and back along prev, and checks that every
 * row comes exactly once, in the order asked for, including rows with equal and missing values.
 */
@QuarkusTest
class PagingTest extends ApiTest {

  private static final int BASE = 91000;
  private static final int PAGES = 60;

  @Inject PaginaImporteur importeur;

  @BeforeEach
  void generatedPages() {
    if (given().get("/v1/onderwerpen/" + BASE).statusCode() == 404) {
      TestPaginas.reeks(BASE, PAGES)
          .forEach(pagina -> importeur.importeer("test", pagina, "test", false));
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "raadsnummer",
        "-raadsnummer",
        "titel",
        "-titel,raadsnummer",
        "geschrevenOp",
        "-geschrevenOp",
        "-laatstBewerktOp,-titel"
      })
  void onderwerpenPageForwardAndBackInTheRequestedOrder(String sort) {
    List<Map<String, Object>> all = walk("/v1/onderwerpen", "onderwerpen", sort, 7);

    assertThat(all).extracting(o -> o.get("raadsnummer")).doesNotHaveDuplicates();
    assertThat(all).hasSizeGreaterThanOrEqualTo(PAGES + 1);
    List<Map<String, Object>> expected = new ArrayList<>(all);
    expected.sort(comparator(sort, "raadsnummer"));
    assertThat(all).containsExactlyElementsOf(expected);
    assertThat(walkBack("/v1/onderwerpen", "onderwerpen", sort, 7)).isEqualTo(all);
  }

  @ParameterizedTest
  @ValueSource(strings = {"-datum", "datum", "id", "-id"})
  void stemmingenWithMissingDatesPageCompletely(String sort) {
    List<Map<String, Object>> all = walk("/v1/stemmingen", "stemmingen", sort, 9);

    assertThat(all).extracting(s -> s.get("id")).doesNotHaveDuplicates();
    assertThat(all).anyMatch(s -> s.get("datum") == null);
    List<Map<String, Object>> expected = new ArrayList<>(all);
    expected.sort(comparator(sort, "id"));
    assertThat(all).containsExactlyElementsOf(expected);
    assertThat(walkBack("/v1/stemmingen", "stemmingen", sort, 9)).isEqualTo(all);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 20, 100})
  void everyPageSizeReachesTheSameRows(int pageSize) {
    List<Object> nummers = new ArrayList<>();
    walk("/v1/voorstellen", "voorstellen", "nummer", pageSize)
        .forEach(v -> nummers.add(v.get("nummer")));

    assertThat(nummers).doesNotHaveDuplicates().isSorted();
    assertThat(nummers.size())
        .isEqualTo(walk("/v1/voorstellen", "voorstellen", "nummer", 100).size());
  }

  private static List<Map<String, Object>> walk(String path, String name, String sort, int size) {
    List<Map<String, Object>> rows = new ArrayList<>();
    String url = path + "?sort=" + sort + "&pageSize=" + size;
    while (url != null) {
      JsonPath page =
          given().urlEncodingEnabled(false).get(url).then().statusCode(200).extract().jsonPath();
      List<Map<String, Object>> items = page.getList("_embedded." + name);
      assertThat(items.size()).isLessThanOrEqualTo(size);
      rows.addAll(items);
      url = page.getString("_links.next.href");
    }
    return rows;
  }

  /** From the last page back to the first along prev. */
  private static List<Map<String, Object>> walkBack(
      String path, String name, String sort, int size) {
    String url = path + "?sort=" + sort + "&pageSize=" + size;
    JsonPath page = given().urlEncodingEnabled(false).get(url).jsonPath();
    while (page.getString("_links.next.href") != null) {
      page = given().urlEncodingEnabled(false).get(page.getString("_links.next.href")).jsonPath();
    }
    List<List<Map<String, Object>>> pages = new ArrayList<>();
    while (true) {
      pages.add(page.getList("_embedded." + name));
      String prev = page.getString("_links.prev.href");
      if (prev == null) {
        break;
      }
      page =
          given().urlEncodingEnabled(false).get(prev).then().statusCode(200).extract().jsonPath();
    }
    Collections.reverse(pages);
    List<Map<String, Object>> rows = new ArrayList<>();
    pages.forEach(rows::addAll);
    return rows;
  }

  /**
   * The order the API promises: fields as asked, missing values before all values, and the key
   * last, in the direction of the first field.
   */
  private static Comparator<Map<String, Object>> comparator(String sort, String key) {
    Comparator<Map<String, Object>> order = null;
    List<String> fields = new ArrayList<>(List.of(sort.split(",")));
    if (!fields.contains(key) && !fields.contains("-" + key)) {
      fields.add(fields.get(0).startsWith("-") ? "-" + key : key);
    }
    for (String field : fields) {
      boolean descending = field.startsWith("-");
      String name = descending ? field.substring(1) : field;
      Function<Map<String, Object>, String> value =
          m -> m.get(name) == null ? "" : String.valueOf(m.get(name));
      Comparator<Map<String, Object>> c = Comparator.comparing(value);
      if (descending) {
        c = c.reversed();
      }
      order = order == null ? c : order.thenComparing(c);
    }
    return order;
  }
}
