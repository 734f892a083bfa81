package nl.agendawijzer.kaal;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every file below {@code kaal.map}, read once into memory and answered as JSON: what serving a
 * versioned resource costs when nothing but Quarkus REST is involved.
 */
@Path("/")
public class Bestanden {

  private static final Map<String, byte[]> GELEZEN = new ConcurrentHashMap<>();

  @ConfigProperty(name = "kaal.map")
  java.nio.file.Path map;

  @GET
  @Path("{pad: .+}")
  @Produces(MediaType.APPLICATION_JSON)
  public byte[] bestand(@PathParam("pad") String pad) {
    return GELEZEN.computeIfAbsent(pad, this::lees);
  }

  private byte[] lees(String pad) {
    java.nio.file.Path bestand = map.resolve(pad).normalize();
    if (!bestand.startsWith(map) || !Files.isRegularFile(bestand)) {
      throw new NotFoundException();
    }
    try {
      return Files.readAllBytes(bestand);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
