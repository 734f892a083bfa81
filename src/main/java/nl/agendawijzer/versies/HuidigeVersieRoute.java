package nl.agendawijzer.versies;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import nl.agendawijzer.api.ConditionalRequests;
import nl.agendawijzer.api.Links;
import nl.agendawijzer.api.RenderedRepresentation;

/**
 * Answers the plain detail GET of a kept current version on the Vert.x event loop, before JAX-RS:
 * no worker thread, no filters, the bytes as kept (docs/adr/0022). Everything else goes on to the
 * resource as before: a version not kept (which the resource then loads and keeps), a query ({@code
 * peilmoment}, or a parameter the resource refuses), an Accept other than JSON, HEAD. The answer
 * has the headers the resource would give: the router's own (HttpConventions: API-Version, security
 * headers, Cache-Control for a read with a key, Vary on Origin) apply to both alike, and ETag,
 * Last-Modified, Cache-Control, Vary and the 304 follow {@link ConditionalRequests}.
 */
@ApplicationScoped
public class HuidigeVersieRoute {

  private static final String JSON = "application/json;charset=UTF-8";

  @Inject HuidigeVersies huidigeVersies;

  void install(@Observes Router router) {
    for (ResourceType type : ResourceType.values()) {
      router
          .get(Links.STORED_BASE + type.collection() + "/:id")
          .order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT)
          .handler(ctx -> serveer(ctx, type));
    }
  }

  private void serveer(RoutingContext ctx, ResourceType type) {
    HttpServerRequest request = ctx.request();
    String query = request.query();
    String accept = request.getHeader(HttpHeaders.ACCEPT);
    boolean json = accept == null || accept.equals("*/*") || accept.equals("application/json");
    if ((query != null && !query.isEmpty()) || !json || request.authority() == null) {
      ctx.next();
      return;
    }
    String origin = request.scheme() + "://" + request.authority();
    Optional<RenderedRepresentation> bewaard =
        huidigeVersies.bewaard(type, ctx.pathParam("id"), origin);
    if (bewaard.isEmpty()) {
      ctx.next();
      return;
    }
    RenderedRepresentation versie = bewaard.get();
    String etag = ConditionalRequests.etag(versie, "");
    Instant lastModified = ConditionalRequests.lastModified(versie);
    MultiMap headers = ctx.response().headers();
    headers
        .set(HttpHeaders.CONTENT_TYPE, JSON)
        .set(HttpHeaders.ETAG, etag)
        .set(HttpHeaders.CACHE_CONTROL, ConditionalRequests.CACHE_CONTROL)
        .set(HttpHeaders.VARY, "Accept")
        .set(HttpHeaders.LAST_MODIFIED, ConditionalRequests.httpDate(lastModified));
    if (ConditionalRequests.notModified(
        request.getHeader(HttpHeaders.IF_NONE_MATCH),
        request.getHeader(HttpHeaders.IF_MODIFIED_SINCE),
        etag,
        lastModified)) {
      ctx.response().setStatusCode(304).end();
      return;
    }
    ctx.response().end(Buffer.buffer(versie.json()));
  }
}
