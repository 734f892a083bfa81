package nl.agendawijzer.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The contract, {@code openapi/openapi.json} as committed (ADR 0002), which the build copies to
 * {@value #BESTAND}. It is read on the first request, not at start-up: SmallRye OpenAPI, which
 * served it before, built its model of these 250 KB at every start, a quarter of the start's CPU
 * (issue 11, part f), for a contract that is never generated from the code.
 */
@Path("/openapi.json")
@Produces(MediaType.APPLICATION_JSON)
public class ContractResource {

  static final String BESTAND = "META-INF/openapi.json";

  @Inject ObjectMapper json;

  /** Read once; two first requests at once may both read it, to the same tree. */
  private volatile JsonNode contract;

  @GET
  public JsonNode contract(@Context UriInfo uri) {
    QueryParameters.requireNone(uri);
    JsonNode gelezen = contract;
    if (gelezen == null) {
      gelezen = lees();
      contract = gelezen;
    }
    return gelezen;
  }

  private JsonNode lees() {
    try (InputStream in =
        Thread.currentThread().getContextClassLoader().getResourceAsStream(BESTAND)) {
      if (in == null) {
        throw new IllegalStateException(BESTAND + " ontbreekt in de build");
      }
      return json.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
