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
 * Answers the plain detail GET of a kept current version, and a kept list page (Lijstpaginas), on
 * the Vert.x event loop, before JAX-RS: no worker thread, no filters, the bytes as kept
 * (docs/adr/0022). Everything else goes on to the resource as before: a version not kept (which the
 * resource then loads and keeps), a query ({@code peilmoment}, or a parameter the resource
 * refuses), an Accept other than JSON, HEAD. The answer has the headers the resource would give:
 * the router's own (HttpConventions: API-Version, security headers, Cache-Control for a read with a
 * key, Vary on Origin) apply to both alike, and ETag, Last-Modified, Cache-Control, Vary and the
 * 304 follow {@link ConditionalRequests}.
 */
@ApplicationScoped
public class HuidigeVersieRoute {

  private static final String JSON = "application/json;charset=UTF-8";

  @Inject HuidigeVersies huidigeVersies;
  @Inject Lijstpaginas lijstpaginas;

  void install(@Observes Router router) {
    for (ResourceType type : ResourceType.values()) {
      router
          .get(Links.STORED_BASE + type.collection() + "/:id")
          .order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT)
          .handler(ctx -> versie(ctx, type));
    }
    for (String pad : Lijstpaginas.PADEN) {
      router.get(pad).order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(this::lijstpagina);
    }
  }

  private void versie(RoutingContext ctx, ResourceType type) {
    HttpServerRequest request = ctx.request();
    String query = request.query();
    if ((query != null && !query.isEmpty()) || !vraagtJson(request)) {
      ctx.next();
      return;
    }
    Optional<RenderedRepresentation> bewaard =
        huidigeVersies.bewaard(type, ctx.pathParam("id"), origin(request));
    if (bewaard.isEmpty()) {
      ctx.next();
      return;
    }
    RenderedRepresentation versie = bewaard.get();
    Instant lastModified = ConditionalRequests.lastModified(versie);
    ctx.response()
        .headers()
        .set(HttpHeaders.LAST_MODIFIED, ConditionalRequests.httpDate(lastModified));
    antwoord(ctx, ConditionalRequests.etag(versie, ""), lastModified, versie.json());
  }

  /**
   * A kept list page, or on to the resource with a place to keep what it answers: the generation is
   * read here, before the resource reads anything.
   */
  private void lijstpagina(RoutingContext ctx) {
    HttpServerRequest request = ctx.request();
    if (!vraagtJson(request)) {
      ctx.next();
      return;
    }
    var sleutel = new Lijstpaginas.Sleutel(request.uri(), origin(request));
    Optional<Lijstpaginas.Pagina> bewaard = lijstpaginas.bewaard(sleutel);
    if (bewaard.isPresent()) {
      antwoord(ctx, bewaard.get().etag(), null, bewaard.get().json());
      return;
    }
    long generatie = lijstpaginas.generatie();
    ctx.put(
        ConditionalRequests.GERENDERD,
        (ConditionalRequests.Gerenderd)
            (json, etag) ->
                lijstpaginas.bewaar(sleutel, new Lijstpaginas.Pagina(generatie, etag, json)));
    ctx.next();
  }

  /** Only a plain JSON read is answered here; content negotiation is the resource's. */
  private static boolean vraagtJson(HttpServerRequest request) {
    String accept = request.getHeader(HttpHeaders.ACCEPT);
    boolean json = accept == null || accept.equals("*/*") || accept.equals("application/json");
    return json && request.authority() != null;
  }

  private static String origin(HttpServerRequest request) {
    return request.scheme() + "://" + request.authority();
  }

  /** The headers ConditionalRequests gives a read, then a 304 or the bytes. */
  private static void antwoord(RoutingContext ctx, String etag, Instant lastModified, byte[] json) {
    HttpServerRequest request = ctx.request();
    MultiMap headers = ctx.response().headers();
    headers
        .set(HttpHeaders.CONTENT_TYPE, JSON)
        .set(HttpHeaders.ETAG, etag)
        .set(HttpHeaders.CACHE_CONTROL, ConditionalRequests.CACHE_CONTROL)
        .set(HttpHeaders.VARY, "Accept");
    if (ConditionalRequests.notModified(
        request.getHeader(HttpHeaders.IF_NONE_MATCH),
        request.getHeader(HttpHeaders.IF_MODIFIED_SINCE),
        etag,
        lastModified)) {
      ctx.response().setStatusCode(304).end();
      return;
    }
    ctx.response().end(Buffer.buffer(json));
  }
}
