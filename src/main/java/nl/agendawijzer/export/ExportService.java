package nl.agendawijzer.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import javax.sql.DataSource;
import nl.agendawijzer.api.NotFoundProblem;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Streams a whole collection from one snapshot. The snapshot's ETag is known before a row is read,
 * so {@code If-None-Match} with it answers 304 without streaming anything.
 */
@ApplicationScoped
public class ExportService {

  private static final Logger LOG = Logger.getLogger(ExportService.class);

  /** Public data, refreshed at most every minute, like other reads. */
  static final String CACHE_CONTROL = "public, max-age=60";

  @Inject Exports exports;
  @Inject DataSource dataSource;
  @Inject ObjectMapper json;

  @ConfigProperty(name = "quarkus.hibernate-orm.database.default-schema")
  java.util.Optional<String> schema;

  /** {@code bestand} is the collection with its format as extension, e.g. stemmingen.csv. */
  public Response export(String bestand, String ifNoneMatch, String acceptEncoding)
      throws SQLException {
    int punt = bestand.lastIndexOf('.');
    String collectie = punt < 0 ? bestand : bestand.substring(0, punt);
    Formaat formaat =
        java.util.Arrays.stream(Formaat.values())
            .filter(f -> punt >= 0 && f.extensie().equals(bestand.substring(punt + 1)))
            .findFirst()
            .orElseThrow(() -> new NotFoundProblem("Export", bestand));
    ExportDefinitie definitie =
        exports.van(collectie).orElseThrow(() -> new NotFoundProblem("Export", bestand));
    boolean gzip = gzip(acceptEncoding);
    Momentopname snapshot = Momentopname.open(dataSource, schema);
    boolean streaming = false;
    try {
      // The coding is part of the ETag: gzip bytes are another representation (RFC 9110, 8.8.3).
      String etag =
          "\""
              + collectie
              + "."
              + formaat.extensie()
              + "-"
              + snapshot.versie(definitie)
              + (gzip ? "-gzip" : "")
              + "\"";
      Response.ResponseBuilder response =
          Response.ok()
              .tag(jakarta.ws.rs.core.EntityTag.valueOf(etag))
              .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
              .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
      if (matches(ifNoneMatch, etag)) {
        return response.status(Response.Status.NOT_MODIFIED).build();
      }
      if (gzip) {
        response.header(HttpHeaders.CONTENT_ENCODING, "gzip");
      }
      StreamingOutput body = out -> schrijf(snapshot, definitie, formaat, out, gzip);
      streaming = true;
      return response
          .type(formaat.mediaType())
          .header(
              "Content-Disposition",
              "inline; filename=\"" + collectie + "." + formaat.extensie() + "\"")
          .entity(body)
          .build();
    } finally {
      if (!streaming) {
        snapshot.close();
      }
    }
  }

  private void schrijf(
      Momentopname snapshot,
      ExportDefinitie definitie,
      Formaat formaat,
      OutputStream out,
      boolean gzip)
      throws IOException {
    try (snapshot) {
      OutputStream target = gzip ? new GZIPOutputStream(out, 64 * 1024) : out;
      try (Rijschrijver rijen = Rijschrijver.voor(formaat, definitie.kolommen(), target, json)) {
        snapshot.lees(definitie.sql(), rs -> rijen.schrijf(definitie.rij(rs)));
      }
      if (target instanceof GZIPOutputStream zipped) {
        zipped.finish();
      }
      target.flush();
    } catch (IOException e) {
      throw e;
    } catch (Exception e) {
      // Headers are gone by now: the client sees a cut-off body, the log says why.
      LOG.errorf(e, "Export van %s afgebroken", definitie.collectie());
      throw new UncheckedIOException(new IOException(e));
    }
  }

  static boolean gzip(String acceptEncoding) {
    if (acceptEncoding == null) {
      return false;
    }
    return Arrays.stream(acceptEncoding.split(","))
        .map(String::strip)
        .anyMatch(
            coding -> {
              List<String> parts = Arrays.stream(coding.split(";")).map(String::strip).toList();
              return parts.get(0).equalsIgnoreCase("gzip")
                  && parts.stream().noneMatch(p -> p.replace(" ", "").equals("q=0"));
            });
  }

  private static boolean matches(String ifNoneMatch, String etag) {
    return ifNoneMatch != null
        && Arrays.stream(ifNoneMatch.split(","))
            .map(String::strip)
            .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
            .anyMatch(tag -> tag.equals("*") || tag.equals(etag));
  }
}
