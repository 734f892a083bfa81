package nl.agendawijzer.export;

import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import nl.agendawijzer.api.NotFoundProblem;
import nl.agendawijzer.versies.Revisies;

/**
 * Answers an export from its file. The ETag is the data version, the change feed's highest position
 * (one index lookup), so {@code If-None-Match} answers 304 without reading a row or building
 * anything; otherwise the file of that version is sent, built first if needed.
 */
@ApplicationScoped
public class ExportService {

  /** Public data, refreshed at most every minute, like other reads. */
  static final String CACHE_CONTROL = "public, max-age=60";

  @Inject Exports exports;
  @Inject ExportBestanden bestanden;
  @Inject Revisies revisies;

  /** {@code bestand} is the collection with its format as extension, e.g. stemmingen.csv. */
  public Response export(
      String bestand, String ifNoneMatch, String acceptEncoding, RoutingContext ctx) {
    int punt = bestand.lastIndexOf('.');
    String collectie = punt < 0 ? bestand : bestand.substring(0, punt);
    Formaat formaat =
        Arrays.stream(Formaat.values())
            .filter(f -> punt >= 0 && f.extensie().equals(bestand.substring(punt + 1)))
            .findFirst()
            .orElseThrow(() -> new NotFoundProblem("Export", bestand));
    ExportDefinitie definitie =
        exports.van(collectie).orElseThrow(() -> new NotFoundProblem("Export", bestand));
    boolean gzip = gzip(acceptEncoding);
    long versie = revisies.feedPositie();
    String etag = etag(collectie, formaat, versie, gzip);
    if (matches(ifNoneMatch, etag)) {
      return antwoord(etag).status(Response.Status.NOT_MODIFIED).build();
    }
    ExportBestanden.Bestand file = bestanden.bestand(definitie, formaat, versie);
    // The build may have seen a newer version than the lookup above: the ETag names the file.
    etag = etag(collectie, formaat, file.versie(), gzip);
    if (matches(ifNoneMatch, etag)) {
      return antwoord(etag).status(Response.Status.NOT_MODIFIED).build();
    }
    bestanden.begin(ctx);
    Response.ResponseBuilder response =
        antwoord(etag)
            .type(formaat.mediaType())
            .header(
                "Content-Disposition",
                "inline; filename=\"" + collectie + "." + formaat.extensie() + "\"")
            .entity(gzip ? file.gzip() : file.pad());
    if (gzip) {
      response.header(HttpHeaders.CONTENT_ENCODING, "gzip");
    }
    return response.build();
  }

  /** The coding is part of the ETag: gzip bytes are another representation (RFC 9110, 8.8.3). */
  private static String etag(String collectie, Formaat formaat, long versie, boolean gzip) {
    return "\""
        + collectie
        + "."
        + formaat.extensie()
        + "-v"
        + versie
        + (gzip ? "-gzip" : "")
        + "\"";
  }

  private static Response.ResponseBuilder antwoord(String etag) {
    return Response.ok()
        .tag(EntityTag.valueOf(etag))
        .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
        .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
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
