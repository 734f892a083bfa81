package nl.agendawijzer.api;

import io.smallrye.common.vertx.VertxContext;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * The id of one request (docs/adr/0026): the client's {@code X-Request-ID} when it is a plain
 * token, so a proxy's id follows the request through, otherwise a new UUID. It is sent back on
 * every response, put in every problem+json as {@code requestId}, and is in the MDC of every log
 * line written for the request, so a problem a client reports leads to its log lines.
 */
public final class VerzoekId {

  public static final String HEADER = "X-Request-ID";

  /** The MDC key, and so the field of a JSON log line and {@code %X{requestId}} in text. */
  public static final String MDC_SLEUTEL = "requestId";

  /**
   * What a client may choose: short, and nothing that could forge a log line or a header (no
   * spaces, quotes, control characters). Anything else is replaced, never echoed.
   */
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  private static final String IN_CONTEXT = VerzoekId.class.getName();

  private VerzoekId() {}

  /**
   * The id of this request, chosen on the first call and kept in the routing context: the first
   * route calls it, and so does an error answered before any route ran.
   */
  public static String van(RoutingContext ctx) {
    String id = ctx.get(IN_CONTEXT);
    if (id == null) {
      id = gekozen(ctx.request().getHeader(HEADER));
      ctx.put(IN_CONTEXT, id);
      ctx.response().headers().set(HEADER, id);
      // Quarkus keeps the MDC in the request's duplicated Vert.x context (VertxMDC), which the
      // worker thread of a blocking resource runs on too. On the event loop's own context it
      // would outlive the request, so it is only set where it is the request's alone.
      if (VertxContext.isOnDuplicatedContext()) {
        MDC.put(MDC_SLEUTEL, id);
      }
    }
    return id;
  }

  /** The client's id if it is a plain token, otherwise a new one. */
  static String gekozen(String vanClient) {
    return vanClient != null && TOKEN.matcher(vanClient).matches()
        ? vanClient
        : UUID.randomUUID().toString();
  }

  /** The id of the request being handled on this thread, or null outside a request. */
  public static String huidig() {
    Object id = MDC.get(MDC_SLEUTEL);
    return id instanceof String s ? s : null;
  }
}
