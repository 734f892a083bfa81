package nl.agendawijzer.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;

class RijschrijverTest {

  private static final List<Kolom> KOLOMMEN =
      List.of(
          Kolom.tekst("titel", "t"),
          Kolom.geheel("aantal", "a"),
          Kolom.datum("datum", "d"),
          Kolom.tekst("leeg", "l"));

  @Test
  void textThatAFormulaWouldStartGetsAQuoteTypedValuesDoNot() throws Exception {
    for (String formule :
        List.of("=HYPERLINK(\"https://x\";\"klik\")", "+31 6", "-2+3", "@SUM(A1)", "\tx", "\rx")) {
      assertThat(csvRij(formule, -5L, LocalDate.of(2024, 2, 1)))
          .as(formule)
          .containsExactly("'" + formule, "-5", "2024-02-01", "");
    }
    // A negative integer and an ISO date are typed values: a casting reader must still see them.
    assertThat(csvRij("Gewoon", -5L, LocalDate.of(2024, 2, 1)))
        .containsExactly("Gewoon", "-5", "2024-02-01", "");
    assertThat(csvRij("a = b", 0L, null)).containsExactly("a = b", "0", "", "");
  }

  @Test
  void ndjsonKeepsTheTextVerbatim() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Rijschrijver rijen =
        Rijschrijver.voor(Formaat.NDJSON, KOLOMMEN, out, new ObjectMapper())) {
      rijen.schrijf(Arrays.asList("=1+1", -5L, LocalDate.of(2024, 2, 1), null));
    }
    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo("{\"titel\":\"=1+1\",\"aantal\":-5,\"datum\":\"2024-02-01\",\"leeg\":null}\n");
  }

  /** The one data row as a spreadsheet's CSV reader sees its cells. */
  private static List<String> csvRij(String titel, Long aantal, LocalDate datum) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Rijschrijver rijen = Rijschrijver.voor(Formaat.CSV, KOLOMMEN, out, new ObjectMapper())) {
      rijen.schrijf(Arrays.asList(titel, aantal, datum, null));
    }
    try (CSVParser parser =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .get()
            .parse(new StringReader(out.toString(StandardCharsets.UTF_8)))) {
      assertThat(parser.getHeaderNames()).containsExactly("titel", "aantal", "datum", "leeg");
      return parser.getRecords().get(0).toList();
    }
  }
}
