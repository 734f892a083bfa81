package nl.agendawijzer.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The HTTP rules of the Dutch API Design Rules that hold for every response, whoever produced it (a
 * resource, the health check, the OpenAPI document or a path nobody handles). That is why they sit
 * on the Vert.x router rather than in a JAX-RS filter.
 */
@ApplicationScoped
public class HttpConventions {

  /** ADR API-57: the full version of the contract on every response. */
  public static final String API_VERSION = "API-Version";

  private static final String API_ROOT = "/v1/";

  /** The Cache-Control of every answer to a request with credentials. */
  public static final String PRIVAAT = "private, no-store";

  @ConfigProperty(name = "agendawijzer.api-version")
  String apiVersion;

  /** Vert.x's own limit on a request body; over it, the body is never read. */
  @ConfigProperty(name = "quarkus.http.limits.max-body-size")
  Optional<MemorySize> maxBodySize;

  @Inject ObjectMapper objectMapper;

  void install(@Observes Router router) {
    router.route().order(Integer.MIN_VALUE).handler(this::headersAndTrailingSlash);
    // Vert.x ends a body over its limit with an empty 413; say why in problem+json instead.
    router.route().order(Integer.MIN_VALUE + 1).handler(this::bodyLimit);
    router
        .route()
        .failureHandler(
            ctx -> {
              if (ctx.statusCode() == 413 && !ctx.response().ended()) {
                problem(ctx, 413, teGroot());
              } else {
                ctx.next();
              }
            });
    // Runs only for requests no other route answered.
    router.route().last().handler(ctx -> problem(ctx, 404, "Er is geen resource op dit pad."));
  }

  private void headersAndTrailingSlash(RoutingContext ctx) {
    var headers = ctx.response().headers();
    headers.set(API_VERSION, apiVersion);
    // ADR transport security: the headers an API answers with.
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("X-Frame-Options", "DENY");
    headers.set("Content-Security-Policy", "frame-ancestors 'none'");
    headers.set("Strict-Transport-Security", "max-age=31536000");
    headers.set("Referrer-Policy", "no-referrer");
    // Reads that succeed say how long they may be cached; everything else may not be kept.
    ctx.addHeadersEndHandler(v -> cacheRegels(ctx));
    String path = ctx.request().path();
    if (path.startsWith(API_ROOT) && path.endsWith("/")) {
      // ADR API-48: no trailing slashes; /v1/onderwerpen/ is not /v1/onderwerpen.
      problem(ctx, 404, "Paden eindigen niet op '/': laat de laatste '/' weg.");
      return;
    }
    ctx.next();
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

  /** A body announced larger than the limit is refused before it is read. */
  private void bodyLimit(RoutingContext ctx) {
    String lengte = ctx.request().getHeader("Content-Length");
    if (lengte != null && maxBodySize.isPresent()) {
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

  private String teGroot() {
    return "De body is groter dan "
        + maxBodySize.map(MemorySize::asLongValue).orElse(0L)
        + " bytes, de grens van deze API (quarkus.http.limits.max-body-size).";
  }

  private void problem(RoutingContext ctx, int status, String detail) {
    Problem problem = Problems.problem(status, detail, ctx.request().path(), List.of());
    try {
      ctx.response()
          .setStatusCode(status)
          .putHeader("Content-Type", Problem.MEDIA_TYPE)
          .end(objectMapper.writeValueAsString(problem));
    } catch (JsonProcessingException e) {
      ctx.fail(e);
    }
  }
}
