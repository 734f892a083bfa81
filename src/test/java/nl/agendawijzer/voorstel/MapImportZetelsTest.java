package nl.agendawijzer.voorstel;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.agendawijzer.ApiTest;
import nl.agendawijzer.Sleutels;
import nl.agendawijzer.importeren.MapImport;
import nl.agendawijzer.raad.RaadService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The folder command stores 25 pages per transaction and holds the seats for all of them (ADR 0022,
 * "Import"); seat changes of a faction those pages vote with go on at the same time. Every page is
 * stored, and every stored check equals a fresh recomputation afterwards, as for single writes
 * (ZetelsGelijktijdigTest). Its factions hold seats in 2041 only, where no other test's do.
 */
@QuarkusTest
class MapImportZetelsTest extends ApiTest {

  private static final int PAGINAS = 60;
  private static final int EERSTE = 97101;

  @Inject MapImport mapImport;
  @Inject StemmingRepository stemmingen;
  @Inject RaadService raad;

  @Test
  void seatChangesDuringAFolderImportLeaveEveryPageStoredAndEveryCheckAsRecomputed(
      @TempDir Path map) throws Exception {
    Sleutels.Sleutel redacteur = Sleutels.redacteur("Griffie - map en zetels");
    fractie(redacteur, "fietsers-41", "Fietsers Eenenveertig", 25, false);
    fractie(redacteur, "lopers-41", "Lopers Eenenveertig", 5, false);
    List<String> nummers = new ArrayList<>();
    for (int i = 0; i < PAGINAS; i++) {
      String nr = String.valueOf(EERSTE + i);
      nummers.add(nr + ".001");
      nummers.add(nr);
      Files.writeString(map.resolve(nr + ".txt"), pagina(nr, 1 + i % 28));
    }

    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<String> importeren =
          pool.submit(
              () -> {
                ByteArrayOutputStream uit = new ByteArrayOutputStream();
                int code = mapImport.voer(map, new PrintStream(uit, true, StandardCharsets.UTF_8));
                return code + "\n" + uit.toString(StandardCharsets.UTF_8);
              });
      // Seat changes until the import is done: 25 and 30 seats in turn, each a new check of every
      // vote of fietsers-41 stored so far.
      Future<Integer> wijzigen =
          pool.submit(
              () -> {
                int gewijzigd = 0;
                while (!importeren.isDone()) {
                  if (fractie(
                      redacteur,
                      "fietsers-41",
                      "Fietsers Eenenveertig",
                      gewijzigd % 2 == 0 ? 30 : 25,
                      true)) {
                    gewijzigd++;
                  }
                }
                return gewijzigd;
              });

      String uitvoer = importeren.get(240, TimeUnit.SECONDS);
      int gewijzigd = wijzigen.get(60, TimeUnit.SECONDS);

      assertThat(uitvoer)
          .startsWith("0\n")
          .contains("Totaal: %d pagina's: %d aangemaakt, 0 bijgewerkt".formatted(PAGINAS, PAGINAS));
      assertThat(gewijzigd).as("seat changes while the pages were stored").isGreaterThan(1);
    } finally {
      pool.shutdownNow();
    }
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              List<Stemming> gestemd = stemmingen.vanVoorstellen(nummers);
              assertThat(gestemd).hasSize(2 * PAGINAS);
              for (Stemming s : gestemd) {
                assertThat(ControleOpslag.gelezen(s, raad.zetelkalender()))
                    .as("stored check of %s", s.id())
                    .isEqualTo(ControleOpslag.bereken(s, raad.zetelkalender()));
              }
            });
  }

  /**
   * Makes the faction, or changes its seats (with the ETag just read): true when the change was
   * made, false when it lost a race with the import (412) or waited too long on its locks (503).
   */
  private static boolean fractie(
      Sleutels.Sleutel redacteur, String id, String naam, int zetels, boolean wijzig) {
    Map<String, Object> body =
        Map.of(
            "id",
            id,
            "naam",
            naam,
            "zetelperioden",
            List.of(
                Map.of("zetels", zetels, "geldigVanaf", "2041-01-01", "geldigTot", "2041-12-31")));
    var verzoek = given().auth().oauth2(redacteur.sleutel()).contentType("application/json");
    if (!wijzig) {
      verzoek.body(body).post("/v1/fracties").then().statusCode(201);
      return true;
    }
    String tag = given().get("/v1/fracties/" + id).then().extract().header("ETag");
    ExtractableResponse<Response> antwoord =
        verzoek.header("If-Match", tag).body(body).put("/v1/fracties/" + id).then().extract();
    assertThat(antwoord.statusCode())
        .as("a seat change during an import: %s", antwoord.asString())
        .isIn(200, 412, 503);
    return antwoord.statusCode() == 200;
  }

  /** A page with two votes on a day in April 2041, both with a faction line. */
  private static String pagina(String nr, int dag) {
    String regel = "Voor: Fietsers Eenenveertig (30) | Tegen: Lopers Eenenveertig (5)";
    return "Agendawijzer\n\nFietsroute "
        + nr
        + "\n\nRaadsnummer: "
        + nr
        + "\n\n"
        + "Geschreven op: 04-04-2041 | Laatst bewerkt op: 30-04-2041 | Status onderwerp: afgerond\n\n"
        + "Afbeelding:Foto van een fietsroute\n\n"
        + "Over de route.\n\n\u00a0\nWaar gaat het over?\n\n"
        + "Over fietsen.\n\n\u00a0\nEerdere berichten\n\n"
        + "Hieronder vindt u berichten uit de historie van dit onderwerp.\n\n"
        + dag
        + " april 2041 - Plenair, besluit.\n\n"
        + "  • Brede fietspaden ("
        + nr
        + ".001) AANVAARD 30/5\n"
        + regel
        + "\n"
        + "  • Fietsroute "
        + nr
        + " ("
        + nr
        + ") AANVAARD 30/5\n"
        + regel
        + "\n\n";
  }
}
