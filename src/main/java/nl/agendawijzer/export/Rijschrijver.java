package nl.agendawijzer.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes rows of one export as CSV (RFC 4180: CRLF, one header row, quotes where needed, UTF-8, a
 * missing value as an empty field, a text that starts like a formula behind a {@code '}) or NDJSON
 * (one flat JSON object a line, typed values, null for a missing value). Each row goes to the
 * stream as it comes; nothing is collected.
 */
public abstract sealed class Rijschrijver implements Closeable {

  protected final List<Kolom> kolommen;

  private Rijschrijver(List<Kolom> kolommen) {
    this.kolommen = kolommen;
  }

  public static Rijschrijver voor(
      Formaat formaat, List<Kolom> kolommen, OutputStream out, ObjectMapper json)
      throws IOException {
    return formaat == Formaat.CSV ? new Csv(kolommen, out) : new Ndjson(kolommen, out, json);
  }

  public abstract void schrijf(List<Object> rij) throws IOException;

  /** The first characters that make a spreadsheet read a cell as a formula (OWASP). */
  static final String FORMULETEKENS = "=+-@\t\r";

  /**
   * A text cell a spreadsheet would execute ({@code =HYPERLINK(...)}, {@code @SUM(...)}) gets a
   * {@code '} in front, the spreadsheet's own mark for "this is text" (OWASP CSV injection). Only
   * text columns: a negative number or a date is a typed value, and a reader that casts by the
   * datapackage's types must still read it as one. JSON and NDJSON carry values verbatim.
   */
  static String onschadelijk(String waarde) {
    return waarde != null && !waarde.isEmpty() && FORMULETEKENS.indexOf(waarde.charAt(0)) >= 0
        ? "'" + waarde
        : waarde;
  }

  /** A value as text, the same in CSV as in JSON strings: ISO 8601 dates and moments. */
  static String tekst(Object value) {
    return value == null ? null : value.toString();
  }

  private static final class Csv extends Rijschrijver {
    private final CSVPrinter printer;

    Csv(List<Kolom> kolommen, OutputStream out) throws IOException {
      super(kolommen);
      Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      printer =
          CSVFormat.RFC4180
              .builder()
              .setHeader(kolommen.stream().map(Kolom::naam).toArray(String[]::new))
              .get()
              .print(writer);
    }

    @Override
    public void schrijf(List<Object> rij) throws IOException {
      for (int i = 0; i < rij.size(); i++) {
        String waarde = tekst(rij.get(i));
        printer.print(kolommen.get(i).type() == Kolom.Type.STRING ? onschadelijk(waarde) : waarde);
      }
      printer.println();
    }

    @Override
    public void close() throws IOException {
      // Flush only: the stream belongs to the caller (it may still have to finish a gzip trailer).
      printer.flush();
    }
  }

  private static final class Ndjson extends Rijschrijver {
    private final JsonGenerator generator;

    Ndjson(List<Kolom> kolommen, OutputStream out, ObjectMapper json) throws IOException {
      super(kolommen);
      generator = json.getFactory().createGenerator(out);
      generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    @Override
    public void schrijf(List<Object> rij) throws IOException {
      generator.writeStartObject();
      for (int i = 0; i < kolommen.size(); i++) {
        Object value = rij.get(i);
        generator.writeFieldName(kolommen.get(i).naam());
        if (value == null) {
          generator.writeNull();
        } else if (value instanceof Number number) {
          generator.writeNumber(number.longValue());
        } else if (value instanceof Boolean bool) {
          generator.writeBoolean(bool);
        } else {
          generator.writeString(tekst(value));
        }
      }
      generator.writeEndObject();
      generator.writeRaw('\n');
    }

    @Override
    public void close() throws IOException {
      generator.close();
    }
  }
}
