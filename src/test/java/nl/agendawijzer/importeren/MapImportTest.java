package nl.agendawijzer.importeren;

import static io.restassured.RestAssured.when;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import nl.agendawijzer.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The folder command as a griffie employee runs it, minus the JVM start. */
@QuarkusTest
class MapImportTest extends ApiTest {

  static final Path FIXTURES = Path.of("src", "test", "resources", "paginas");

  @Inject MapImport mapImport;

  record Uitvoer(int code, String tekst) {}

  private Uitvoer voer(Path map) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int code = mapImport.voer(map, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return new Uitvoer(code, bytes.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aFolderInEveryTemplateImportsThenReportsUnchangedAndAnEditedPageMakesOneNewVersion(
      @TempDir Path map) throws IOException {
    try (Stream<Path> fixtures = Files.list(FIXTURES)) {
      for (Path f : fixtures.toList()) {
        Files.copy(f, map.resolve(f.getFileName()));
      }
    }
    long aantal;
    try (Stream<Path> s = Files.list(map)) {
      aantal = s.count();
    }

    Uitvoer eerste = voer(map);

    assertThat(eerste.code()).isZero();
    assertThat(eerste.tekst())
        .contains("[1/" + aantal + "] historie-vormen.txt: AANGEMAAKT (5 waarschuwingen)")
        .contains("Pagina")
        .contains("t3-scooters.txt")
        .contains("Totaal: " + aantal + " pagina's: " + aantal + " aangemaakt, 0 bijgewerkt");

    Uitvoer tweede = voer(map);

    assertThat(tweede.tekst())
        .contains("0 aangemaakt, 0 bijgewerkt, " + aantal + " ongewijzigd, 0 geweigerd");

    Path t2 = map.resolve("t2-bakfietsen.txt");
    Files.writeString(
        t2,
        Files.readString(t2).replace("(24117.001) AANVAARD 31/12", "(24117.001) AANVAARD 30/13"));

    Uitvoer derde = voer(map);

    assertThat(derde.tekst())
        .contains("t2-bakfietsen.txt: BIJGEWERKT")
        .contains("0 aangemaakt, 1 bijgewerkt, " + (aantal - 1) + " ongewijzigd");
    when()
        .get("/v1/voorstellen/24117.001")
        .then()
        .body("versie", equalTo(2))
        .body("stemmingen[0].voor", equalTo(30))
        .body("herkomst.bron", equalTo("t2-bakfietsen.txt"));
    when().get("/v1/onderwerpen/24117").then().body("versie", equalTo(1));
  }

  @Test
  void aRejectedPageIsReportedWithItsLineAndTheExitCodeSaysSo(@TempDir Path map)
      throws IOException {
    Files.writeString(map.resolve("wiki.txt"), "Agendawijzer\nWikioverzicht\nAlles.\n");
    Files.write(map.resolve("plaatje.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});

    Uitvoer uitvoer = voer(map);

    assertThat(uitvoer.code()).isEqualTo(2);
    assertThat(uitvoer.tekst())
        .contains("plaatje.png: GEWEIGERD (Regel 1: geen geldige UTF-8-tekst")
        .contains("wiki.txt: GEWEIGERD (Regel 2: 'Wikioverzicht' is een overzichtspagina")
        .contains("regel 2:")
        .contains("0 aangemaakt, 0 bijgewerkt, 0 ongewijzigd, 2 geweigerd");
  }

  @Test
  void aPageThatFailsWhileStoredKeepsNoOtherPageOfItsTransactionOut(@TempDir Path map)
      throws IOException {
    // Pages share a transaction (ImportService#importeerSamen); this one parses, but its key is
    // longer than the column, so the database refuses it and the whole group rolls back.
    // Numbers of this test only (88301-88303), so the pages are new whatever ran before.
    String bakfietsen = Files.readString(FIXTURES.resolve("t2-bakfietsen.txt"));
    Files.writeString(map.resolve("a-bakfietsen.txt"), bakfietsen.replace("24117", "88301"));
    Files.writeString(
        map.resolve("b-te-lang.txt"),
        bakfietsen
            .replace("Raadsnummer: 24117", "Raadsnummer: RV-" + "7".repeat(60))
            .replace("24117", "88303"));
    Files.writeString(
        map.resolve("c-scooters.txt"),
        Files.readString(FIXTURES.resolve("t3-scooters.txt")).replace("25117", "88302"));

    Uitvoer uitvoer = voer(map);

    assertThat(uitvoer.code()).isEqualTo(2);
    assertThat(uitvoer.tekst())
        .contains("[1/3] a-bakfietsen.txt: AANGEMAAKT")
        .contains("[2/3] b-te-lang.txt: GEWEIGERD (De pagina kon niet worden opgeslagen")
        .contains("[3/3] c-scooters.txt: AANGEMAAKT")
        .contains("2 aangemaakt, 0 bijgewerkt, 0 ongewijzigd, 1 geweigerd");
    when().get("/v1/onderwerpen/88301").then().statusCode(200);
    when().get("/v1/onderwerpen/88302").then().statusCode(200);
    when().get("/v1/voorstellen/88303.001").then().statusCode(404);
  }

  @Test
  void aMissingFolderIsExitCode1() {
    assertThat(voer(Path.of("bestaat-niet-" + System.nanoTime())).code()).isEqualTo(1);
  }
}
