package nl.agendawijzer.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
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

  @ConfigProperty(name = "agendawijzer.api-version")
  String apiVersion;

  @Inject ObjectMapper objectMapper;

  void install(@Observes Router router) {
    router.route().order(Integer.MIN_VALUE).handler(this::headersAndTrailingSlash);
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
    ctx.addHeadersEndHandler(
        v -> {
          if (!ctx.response().headers().contains("Cache-Control")) {
            ctx.response().headers().set("Cache-Control", "no-store");
          }
        });
    String path = ctx.request().path();
    if (path.startsWith(API_ROOT) && path.endsWith("/")) {
      // ADR API-48: no trailing slashes; /v1/onderwerpen/ is not /v1/onderwerpen.
      problem(ctx, 404, "Paden eindigen niet op '/': laat de laatste '/' weg.");
      return;
    }
    ctx.next();
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
