package nl.agendawijzer.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Request bodies are read as the contract types them, nothing more lenient: no string or float
 * becomes a number, no number a string, boolean or date, a key given twice is an error rather than
 * "the last one wins", and a date lies within {@link Datumbereik}. Every such body is a 400 naming
 * the field (ProblemMappers), never a value the database refuses later.
 */
@Singleton
public class StrikteJson implements ObjectMapperCustomizer {

  /**
   * The longest JSON string read, in characters: an import page (agendawijzer.import.max-pagina)
   * fits; the fields stored in the database have their own, lower @Size limits.
   */
  static final int MAX_STRING = 1_048_576;

  /** Deeper than any body of the contract; a deeper one is refused before it is built. */
  static final int MAX_NESTING = 64;

  /** Last, so that this date reader replaces the one of Quarkus's JavaTimeModule. */
  @Override
  public int priority() {
    return MINIMUM_PRIORITY;
  }

  @Override
  public void customize(ObjectMapper mapper) {
    mapper.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
    mapper
        .getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder()
                .maxStringLength(MAX_STRING)
                .maxNestingDepth(MAX_NESTING)
                .build());
    mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
    mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    for (LogicalType type : new LogicalType[] {LogicalType.Integer, LogicalType.Float}) {
      mapper
          .coercionConfigFor(type)
          .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    }
    mapper
        .coercionConfigFor(LogicalType.Integer)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
    mapper
        .coercionConfigFor(LogicalType.Boolean)
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
    mapper
        .coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    mapper
        .coercionConfigFor(LogicalType.Enum)
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    mapper.registerModule(
        new SimpleModule("strikte-invoer")
            .addDeserializer(LocalDate.class, new Datum())
            .addDeserializer(String.class, new Tekst()));
  }

  /** The reason given for a text with NUL in it. */
  static final String NUL_REDEN =
      "bevat het teken NUL (\\u0000); dat is geen tekst en PostgreSQL bewaart het niet";

  /**
   * A text without NUL, which PostgreSQL refuses to store (H2 would keep it: one rule for both).
   */
  static final class Tekst extends StdScalarDeserializer<String> {

    Tekst() {
      super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      String text = StringDeserializer.instance.deserialize(parser, context);
      if (text != null && text.indexOf('\0') >= 0) {
        throw context.weirdStringException(text, String.class, NUL_REDEN);
      }
      return text;
    }
  }

  /** A date as the contract writes it (JJJJ-MM-DD), within {@link Datumbereik}. */
  static final class Datum extends StdScalarDeserializer<LocalDate> {

    Datum() {
      super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      if (!parser.hasToken(JsonToken.VALUE_STRING)) {
        return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
      }
      String text = parser.getText();
      try {
        LocalDate datum = LocalDate.parse(text);
        if (Datumbereik.binnen(datum)) {
          return datum;
        }
      } catch (DateTimeParseException e) {
        // Answered below, with the same reason as a date out of range.
      }
      throw context.weirdStringException(text, LocalDate.class, Datumbereik.REDEN);
    }
  }
}
