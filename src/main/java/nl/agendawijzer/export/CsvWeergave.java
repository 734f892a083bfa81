package nl.agendawijzer.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.agendawijzer.api.RenderedRepresentation;

/**
 * A list or detail answered as {@code text/csv}: the rows in the columns of that collection's
 * export, each value read from the JSON representation at its column's pointer. So a page of {@code
 * /v1/stemmingen} as CSV has the header and values of {@code /v1/exports/stemmingen.csv}, and a
 * stored version (peilmoment) is written the same way as the current one.
 */
@Provider
@Produces(CsvWeergave.MEDIA_TYPE)
public class CsvWeergave implements MessageBodyWriter<Object> {

  public static final String MEDIA_TYPE = "text/csv";

  @Inject Exports exports;
  @Inject ObjectMapper json;

  @Override
  public boolean isWriteable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return mediaType.isCompatible(MediaType.valueOf(MEDIA_TYPE));
  }

  @Override
  public void writeTo(
      Object entity,
      Class<?> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, Object> headers,
      OutputStream out)
      throws IOException {
    JsonNode node;
    if (entity instanceof JsonNode tree) {
      node = tree;
    } else if (entity instanceof RenderedRepresentation kept) {
      node = json.readTree(kept.json());
    } else {
      node = json.valueToTree(entity);
    }
    String collectie;
    List<JsonNode> rijen = new ArrayList<>();
    JsonNode embedded = node.path("_embedded");
    if (embedded.isObject() && embedded.size() == 1) {
      Map.Entry<String, JsonNode> lijst = embedded.fields().next();
      collectie = lijst.getKey();
      lijst.getValue().forEach(rijen::add);
    } else {
      collectie = collectieVan(node.at("/_links/self/href").asText("")).orElse("");
      rijen.add(node);
    }
    ExportDefinitie definitie =
        exports
            .van(collectie)
            .orElseThrow(() -> new NotAcceptableException("Geen tabelvorm voor " + collectie));
    headers.putSingle(HttpHeaders.CONTENT_TYPE, Formaat.CSV.mediaType());
    try (Rijschrijver schrijver = Rijschrijver.voor(Formaat.CSV, definitie.kolommen(), out, json)) {
      for (JsonNode rij : rijen) {
        List<Object> waarden = new ArrayList<>();
        for (Kolom kolom : definitie.kolommen()) {
          JsonNode waarde = rij.at(kolom.pad());
          waarden.add(waarde.isMissingNode() || waarde.isNull() ? null : waarde.asText());
        }
        schrijver.schrijf(waarden);
      }
    }
  }

  /** {@code stemmingen} of {@code https://host/v1/stemmingen/23161-2023-10-12}. */
  private static Optional<String> collectieVan(String self) {
    try {
      String[] delen = URI.create(self).getPath().split("/");
      return delen.length > 2 ? Optional.of(delen[2]) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
