package nl.agendawijzer.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * ETags, Last-Modified and 304s for every successful read, so portals revalidate cheaply and public
 * caches may keep a read briefly. A versioned representation's strong ETag is its version ({@code
 * "3"}); any other body (lists, the feed, stored versions) gets a hash of its bytes.
 */
public class ConditionalRequests {

  /** Public data: any cache may keep a read for a minute, then must ask again. */
  public static final String CACHE_CONTROL = "public, max-age=60";

  /**
   * Where a route before JAX-RS leaves a {@link Gerenderd} in the request's RoutingContext to be
   * given the JSON body and ETag this filter makes (nl.agendawijzer.versies.Lijstpaginas).
   */
  public static final String GERENDERD = ConditionalRequests.class.getName() + ".gerenderd";

  /** Takes the JSON bytes of a 200 answer to a read as they are sent, with their ETag. */
  @FunctionalInterface
  public interface Gerenderd {
    void bewaar(byte[] json, String etag);
  }

  @Inject ObjectMapper json;
  @Inject CurrentVertxRequest vertxRequest;

  @ServerResponseFilter
  public void conditional(ContainerRequestContext request, ContainerResponseContext response)
      throws JsonProcessingException {
    String method = request.getMethod();
    boolean read = method.equals("GET") || method.equals("HEAD");
    Object entity = response.getEntity();
    if (!read) {
      // A write answers with the new version's ETag, ready for the next If-Match.
      if (entity instanceof VersionedRepresentation versioned) {
        response.getHeaders().putSingle(HttpHeaders.ETAG, "\"" + versioned.versie() + "\"");
      }
      return;
    }
    if (response.getStatus() != 200
        || entity == null
        || response.getHeaders().containsKey(HttpHeaders.ETAG)) {
      // A resource that sets its own ETag (a streamed export) also answers If-None-Match itself.
      return;
    }
    // Another format of the same data (text/csv) is another representation: its ETag differs.
    MediaType type = response.getMediaType();
    boolean asJson = type == null || type.isCompatible(MediaType.APPLICATION_JSON_TYPE);
    String format = asJson ? "" : "-" + type.getSubtype();
    String etag;
    Instant lastModified = null;
    if (entity instanceof VersionedRepresentation versioned) {
      etag = etag(versioned, format);
      lastModified = lastModified(versioned);
    } else {
      // The body is serialised once: hashed here, and for JSON those same bytes are what is sent.
      // Another format hashes the JSON of the same content and is written by its own writer.
      byte[] body = json.writeValueAsBytes(entity);
      etag = "\"" + hash(body) + format + "\"";
      if (asJson) {
        response.setEntity(body);
        RoutingContext ctx = vertxRequest.getCurrent();
        Gerenderd gerenderd = ctx == null ? null : ctx.get(GERENDERD);
        if (gerenderd != null) {
          gerenderd.bewaar(body, etag);
        }
      }
    }
    var headers = response.getHeaders();
    headers.putSingle(HttpHeaders.ETAG, etag);
    headers.putSingle(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
    headers.putSingle(HttpHeaders.VARY, HttpHeaders.ACCEPT);
    if (lastModified != null) {
      headers.putSingle(HttpHeaders.LAST_MODIFIED, httpDate(lastModified));
    }
    if (notModified(
        request.getHeaderString(HttpHeaders.IF_NONE_MATCH),
        request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE),
        etag,
        lastModified)) {
      response.setStatus(304);
      response.setEntity(null);
    }
  }

  /** The strong ETag of a version in a format ("" for JSON, "-csv" for CSV): {@code "3"}. */
  public static String etag(VersionedRepresentation versioned, String format) {
    return "\"" + versioned.versie() + format + "\"";
  }

  /** Last-Modified of a version: its time, to the second as HTTP dates go. */
  public static Instant lastModified(VersionedRepresentation versioned) {
    return versioned.gewijzigdOp().truncatedTo(ChronoUnit.SECONDS);
  }

  /**
   * Whether a GET with these conditions is answered 304 for a representation with this ETag and
   * Last-Modified (null when it has none): If-None-Match first, else If-Modified-Since.
   */
  public static boolean notModified(
      String ifNoneMatch, String ifModifiedSince, String etag, Instant lastModified) {
    if (ifNoneMatch != null) {
      // GET uses the weak comparison (RFC 9110, 13.1.2): W/ does not matter here.
      return Arrays.stream(ifNoneMatch.split(","))
          .map(String::strip)
          .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
          .anyMatch(tag -> tag.equals("*") || tag.equals(etag));
    }
    if (ifModifiedSince != null && lastModified != null) {
      try {
        Instant since =
            ZonedDateTime.parse(ifModifiedSince, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        return !lastModified.isAfter(since);
      } catch (DateTimeParseException e) {
        return false; // RFC 9110: an invalid date is ignored
      }
    }
    return false;
  }

  /**
   * HTTP's IMF-fixdate (RFC 9110 5.6.7): a two-digit day, "Mon, 07 Dec 2026 09:54:32 GMT", where
   * RFC_1123_DATE_TIME writes "7", which strict caches and clients refuse.
   */
  private static final DateTimeFormatter HTTP_DATUM =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  public static String httpDate(Instant instant) {
    return HTTP_DATUM.format(instant);
  }

  private static String hash(byte[] body) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
      return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 18));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
