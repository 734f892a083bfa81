package nl.agendawijzer.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The HTTP rules of the Dutch API Design Rules that hold for every response, whoever produced it (a
 * resource, the health check, the OpenAPI document or a path nobody handles). That is why they sit
 * on the Vert.x router rather than in a JAX-RS filter. The router also answers what Vert.x refuses
 * before a resource runs, in problem+json like every other error (docs/adr/0017).
 */
@ApplicationScoped
public class HttpConventions {

  private static final Logger LOG = Logger.getLogger(HttpConventions.class);

  /** ADR API-57: the full version of the contract on every response. */
  public static final String API_VERSION = "API-Version";

  private static final String API_ROOT = "/v1/";

  /** The Cache-Control of every answer to a request with credentials. */
  public static final String PRIVAAT = "private, no-store";

  @Inject ContractConfig contract;
  @Inject HttpConfig config;

  /** Vert.x's own limit on a request body; over it, the body is never read. */
  @ConfigProperty(name = "quarkus.http.limits.max-body-size")
  Optional<MemorySize> maxBodySize;

  @Inject ObjectMapper objectMapper;
  @Inject Leeslimiet leeslimiet;

  private BodyHandler chunkedBody;

  @PostConstruct
  void chunkedBodyReader() {
    chunkedBody = BodyHandler.create(false);
    maxBodySize.ifPresent(max -> chunkedBody.setBodyLimit(max.asLongValue()));
  }

  /**
   * Quarkus answers a request URI that java.net.URI does not parse with an empty 400 before any
   * route runs. With this switch the request reaches this router, which checks the URI itself
   * ({@link #uriProblem}) and says what is wrong. Quarkus reads it when its HTTP classes load, so
   * it is a system property set before start: by {@code Start.main} and, for tests, by Surefire.
   */
  public static final String URI_CHECKED_BY_ROUTER = "vertx.disableURIValidation";

  public static void checkUrisInTheRouter() {
    System.setProperty(URI_CHECKED_BY_ROUTER, "true");
  }

  void install(@Observes Router router) {
    router.route().order(Integer.MIN_VALUE).handler(this::headersAndTrailingSlash);
    // Before anything else is read or checked: a refused read should cost as little as possible.
    router.route().order(Integer.MIN_VALUE + 1).handler(this::leeslimiet);
    router.route().order(Integer.MIN_VALUE + 2).handler(this::requestLimits);
    router.route().order(Integer.MIN_VALUE + 3).handler(this::bodyLimit);
    router.route().failureHandler(this::failure);
    // Vert.x answers these itself, with an empty body, when it fails a request before any route
    // ran (a %-escape that does not decode, HTTP/1.1 without Host).
    for (int status : new int[] {400, 404, 405, 413, 414, 415, 431, 500}) {
      router.errorHandler(status, this::failure);
    }
    // Runs only for requests no other route answered.
    router.route().last().handler(ctx -> problem(ctx, 404, "Er is geen resource op dit pad."));
  }

  private void headersAndTrailingSlash(RoutingContext ctx) {
    standardHeaders(ctx);
    // Reads that succeed say how long they may be cached; everything else may not be kept.
    ctx.addHeadersEndHandler(v -> cacheRegels(ctx));
    if (ctx.request().authority() == null) {
      // HTTP/1.0 may leave Host out, but links and embeds are built from it.
      problem(ctx, 400, "Het verzoek noemt geen host: stuur de header Host mee.");
      return;
    }
    // An empty Accept or Content-Type is as good as none (RFC 9110 12.5.1); JAX-RS cannot parse
    // one, so it goes before JAX-RS sees it: any format is acceptable, the body has no type (415).
    for (String name : new String[] {"Accept", "Content-Type"}) {
      String value = ctx.request().getHeader(name);
      if (value != null && value.isBlank()) {
        ctx.request().headers().remove(name);
      }
    }
    String accept = ctx.request().getHeader("Accept");
    if (accept != null && ctx.request().path().startsWith(API_ROOT)) {
      ctx.request().headers().set("Accept", zonderJokerSubtype(accept));
    }
    String uriProblem = uriProblem(ctx.request().uri());
    if (uriProblem != null) {
      problem(ctx, 400, uriProblem);
      return;
    }
    String path = ctx.request().path();
    if (path.startsWith(API_ROOT) && path.endsWith("/")) {
      // ADR API-48: no trailing slashes; /v1/onderwerpen/ is not /v1/onderwerpen.
      problem(ctx, 404, "Paden eindigen niet op '/': laat de laatste '/' weg.");
      return;
    }
    ctx.next();
  }

  /**
   * The Accept header with {@code application/*} and {@code text/*} spelled out as the formats this
   * API serves under them, each with the range's parameters (its q). JAX-RS would answer such a
   * range with the range itself as the media type and write {@code application/octet-stream}, or
   * refuse {@code text/*} although CSV is text; {@code *}{@code /*} it handles, so it stays.
   */
  static String zonderJokerSubtype(String accept) {
    if (!accept.contains("/*")) {
      return accept;
    }
    StringBuilder uit = new StringBuilder();
    for (String bereik : accept.split(",")) {
      String b = bereik.strip();
      int puntkomma = b.indexOf(';');
      String type = (puntkomma < 0 ? b : b.substring(0, puntkomma)).strip();
      String parameters = puntkomma < 0 ? "" : b.substring(puntkomma);
      List<String> formaten =
          switch (type.toLowerCase(Locale.ROOT)) {
            case "application/*" -> List.of("application/json", "application/x-ndjson");
            case "text/*" -> List.of("text/csv");
            case "" -> List.of();
            default -> List.of(type);
          };
      for (String formaat : formaten) {
        uit.append(uit.isEmpty() ? "" : ", ").append(formaat).append(parameters);
      }
    }
    return uit.toString();
  }

  /**
   * Whether the request URI is a path (and query) of characters that RFC 3986 allows there
   * unescaped, with no %-escape: such a URI always parses and has nothing to decode.
   */
  private static boolean alleenVeiligeTekens(String uri) {
    if (uri.isEmpty() || uri.charAt(0) != '/' || uri.startsWith("//")) {
      return false;
    }
    for (int i = 0; i < uri.length(); i++) {
      char c = uri.charAt(i);
      boolean veilig =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || "-._~/?&=:@!$'()*+,;".indexOf(c) >= 0;
      if (!veilig) {
        return false;
      }
    }
    return true;
  }

  /**
   * Why a request URI cannot be read, or null: it must parse as a URI, and every %-escape must
   * stand for UTF-8, so that no resource ever sees a path or parameter that does not decode.
   */
  static String uriProblem(String uri) {
    if (alleenVeiligeTekens(uri)) {
      // The usual request: nothing escaped, nothing a URI may not hold. Parsing it is most of
      // what a request served from memory would cost here.
      return null;
    }
    try {
      new URI(uri);
    } catch (URISyntaxException e) {
      return "Het pad of de query is geen geldige URI ("
          + e.getReason()
          + ", positie "
          + e.getIndex()
          + "); codeer tekens als %XX in UTF-8.";
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < uri.length(); i++) {
      char c = uri.charAt(i);
      if (c == '%' && i + 2 < uri.length()) {
        bytes.write(Integer.parseInt(uri.substring(i + 1, i + 3), 16));
        i += 2;
      } else if (c == '%') {
        return "Het pad of de query eindigt op een onvolledige %-escape.";
      } else {
        bytes.write(c < 0x80 ? c : '?');
      }
    }
    if (bytes.toString(StandardCharsets.ISO_8859_1).indexOf('\0') >= 0) {
      return "Het pad of de query bevat het teken NUL (%00); dat is geen tekst en geen database"
          + " bewaart het.";
    }
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()));
      return null;
    } catch (CharacterCodingException e) {
      return "Een %-escape in het pad of de query is geen UTF-8; codeer tekens als %XX in UTF-8.";
    }
  }

  /**
   * Only anonymous reads are public. An answer to a request that carried credentials is for that
   * caller alone (a key list, or just a read done with a key), whatever the resource said: RFC 9111
   * lets a shared cache keep an authorised answer once it is marked {@code public}. Where CORS
   * names the caller's origin instead of {@code *}, a cache must keep one answer per origin.
   */
  private static void cacheRegels(RoutingContext ctx) {
    var headers = ctx.response().headers();
    if (ctx.request().headers().contains("Authorization")) {
      headers.set("Cache-Control", PRIVAAT);
    } else if (!headers.contains("Cache-Control")) {
      headers.set("Cache-Control", "no-store");
    }
    String origin = headers.get("Access-Control-Allow-Origin");
    if (origin != null && !origin.equals("*")) {
      String vary = String.join(", ", headers.getAll("Vary"));
      if (vary.isBlank()) {
        headers.set("Vary", "Origin");
      } else if (java.util.Arrays.stream(vary.split(","))
          .map(String::strip)
          .noneMatch(h -> h.equalsIgnoreCase("Origin"))) {
        headers.set("Vary", vary + ", Origin");
      }
    }
  }

  private void standardHeaders(RoutingContext ctx) {
    VerzoekId.van(ctx);
    MultiMap headers = ctx.response().headers();
    headers.set(API_VERSION, contract.apiVersion());
    // ADR transport security: the headers an API answers with.
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("X-Frame-Options", "DENY");
    headers.set("Content-Security-Policy", "frame-ancestors 'none'");
    headers.set("Strict-Transport-Security", "max-age=31536000");
    headers.set("Referrer-Policy", "no-referrer");
  }

  /** Anonymous reads per client address (docs/adr/0024): 429 with Retry-After over the limit. */
  private void leeslimiet(RoutingContext ctx) {
    leeslimiet.beoordeel(
        ctx,
        probe -> {
          long retryAfter = Leeslimiet.seconden(probe.getNanosToWaitForRefill());
          leeslimiet.weigeringHeaders(ctx.response().headers(), retryAfter);
          problem(ctx, 429, leeslimiet.uitleg(retryAfter));
        });
  }

  /** The request line and header limits this API states (README, ADR 0017). */
  private void requestLimits(RoutingContext ctx) {
    int requestLine =
        ctx.request().method().name().length()
            + ctx.request().uri().length()
            + " HTTP/1.1".length();
    if (requestLine > config.maxRequestLine()) {
      problem(
          ctx,
          414,
          "De request-regel is langer dan "
              + config.maxRequestLine()
              + " bytes, de grens van deze API; stuur minder of kortere parameters.");
      return;
    }
    long headerBytes = 0;
    for (Map.Entry<String, String> header : ctx.request().headers()) {
      headerBytes += header.getKey().length() + header.getValue().length() + 4;
    }
    if (headerBytes > config.maxHeaders().asLongValue()) {
      problem(
          ctx,
          431,
          "De headers zijn samen groter dan "
              + config.maxHeaders().asLongValue()
              + " bytes, de grens van"
              + " deze API.");
      return;
    }
    ctx.next();
  }

  /**
   * A body announced larger than the limit is refused before it is read. A chunked body has no
   * length to check up front: it is read here under the limit, so that going over it is a failure
   * this router answers rather than an empty 413 from the JAX-RS body reader.
   */
  private void bodyLimit(RoutingContext ctx) {
    if (maxBodySize.isEmpty()) {
      ctx.next();
      return;
    }
    String lengte = ctx.request().getHeader("Content-Length");
    if (lengte == null && ctx.request().headers().contains("Transfer-Encoding")) {
      chunkedBody.handle(ctx);
      return;
    }
    if (lengte != null) {
      try {
        if (Long.parseLong(lengte.strip()) > maxBodySize.get().asLongValue()) {
          ctx.response().putHeader("Connection", "close");
          problem(ctx, 413, teGroot());
          return;
        }
      } catch (NumberFormatException e) {
        // Vert.x rejects a malformed Content-Length itself.
      }
    }
    ctx.next();
  }

  /** A request Vert.x or a handler failed: the same problem+json a resource would answer. */
  private void failure(RoutingContext ctx) {
    if (ctx.response().ended() || ctx.response().headWritten()) {
      return;
    }
    int status = ctx.statusCode() > 0 ? ctx.statusCode() : 500;
    if (status >= 500) {
      String incident = UUID.randomUUID().toString();
      LOG.errorf(ctx.failure(), "Onverwachte fout, incident %s bij %s", incident, path(ctx));
      problem(
          ctx,
          500,
          "Er ging iets mis aan onze kant. Noem incident " + incident + " als u contact opneemt.",
          "urn:uuid:" + incident);
      return;
    }
    String detail =
        switch (status) {
          case 400 ->
              "Het verzoek is geen geldig HTTP: een %-escape in pad of query die niet decodeert, of"
                  + " geen Host.";
          case 413 -> teGroot();
          default -> Problems.title(status) + ".";
        };
    problem(ctx, status, detail);
  }

  private String teGroot() {
    return "De body is groter dan "
        + maxBodySize.map(MemorySize::asLongValue).orElse(0L)
        + " bytes, de grens van deze API (quarkus.http.limits.max-body-size).";
  }

  private void problem(RoutingContext ctx, int status, String detail) {
    problem(ctx, status, detail, path(ctx));
  }

  private void problem(RoutingContext ctx, int status, String detail, String instance) {
    standardHeaders(ctx);
    Problem problem = Problems.problem(status, detail, instance, List.of(), VerzoekId.van(ctx));
    if (status == 413 || status == 414 || status == 431) {
      // The rest of what the client sends is not read: end the connection after this answer.
      ctx.response().putHeader("Connection", "close");
    }
    try {
      ctx.response()
          .setStatusCode(status)
          .putHeader("Cache-Control", "no-store")
          .putHeader("Content-Type", Problem.MEDIA_TYPE)
          .end(objectMapper.writeValueAsString(problem));
    } catch (JsonProcessingException e) {
      ctx.fail(e);
    }
  }

  /** The path as sent, cut short: it may be what made the request fail. */
  private static String path(RoutingContext ctx) {
    String path = ctx.request().path();
    if (path == null) {
      return "/";
    }
    return path.length() > 200 ? path.substring(0, 200) : path;
  }
}
