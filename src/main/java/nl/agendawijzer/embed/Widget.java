package nl.agendawijzer.embed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.vertx.web.Route;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.agendawijzer.api.Links;
import nl.agendawijzer.api.Problem;
import nl.agendawijzer.api.Problems;
import nl.agendawijzer.voorstel.VoorstelService;
import nl.agendawijzer.voorstel.VoorstelView;

/**
 * The embeddable vote card and its oEmbed endpoint, for portals that show a decision on their own
 * pages without code. These live outside /v1: they are HTML for people and the oEmbed protocol's
 * fixed shape, not resources of the API. Only the card may be framed, by any site; every other
 * response keeps the strict headers of {@link nl.agendawijzer.api.HttpConventions}.
 */
@ApplicationScoped
public class Widget {

  static final String PAD = "/embed/voorstellen/";
  static final int BREEDTE = 480;
  static final int HOOGTE = 220;

  /** The card may be framed anywhere, and loads nothing: only its own inline styles. */
  static final String CSP = "frame-ancestors *; default-src 'none'; style-src 'unsafe-inline'";

  private static final Pattern WIDGET = Pattern.compile("^/(?:embed|v1)/voorstellen/([^/]+)$");

  @Inject VoorstelService voorstellen;
  @Inject ObjectMapper json;

  @Location("Widget/kaart.html")
  Template kaart;

  @Location("Widget/onbekend.html")
  Template onbekend;

  @Location("Widget/iframe.html")
  Template iframe;

  @Route(
      path = "/embed/voorstellen/:nummer",
      methods = Route.HttpMethod.GET,
      type = Route.HandlerType.BLOCKING)
  void widget(RoutingContext ctx) throws JsonProcessingException {
    String nummer = ctx.pathParam("nummer");
    HttpServerResponse response = ctx.response();
    response.headers().remove("X-Frame-Options");
    response.putHeader("Content-Security-Policy", CSP);
    if (!ctx.queryParams().isEmpty()) {
      fout(ctx, 400, "Dit adres neemt geen parameters.");
      return;
    }
    Optional<VoorstelView> voorstel = voorstellen.weergave(nummer, Links.stored());
    if (voorstel.isEmpty()) {
      fout(ctx, 404, "Voorstel " + nummer + " bestaat niet.");
      return;
    }
    response.putHeader("Content-Type", "text/html; charset=utf-8");
    String origin = origin(ctx.request());
    String widgetUrl = origin + PAD + nummer;
    String oembedUrl =
        origin + "/oembed?format=json&url=" + URLEncoder.encode(widgetUrl, StandardCharsets.UTF_8);
    response
        .putHeader("Cache-Control", "public, max-age=60")
        .setStatusCode(200)
        .end(kaart.data("kaart", Kaart.van(voorstel.get(), origin, widgetUrl, oembedUrl)).render());
  }

  /**
   * A browser (an iframe asks for text/html) gets a short page a reader understands; any other
   * client the problem+json every error of this service is.
   */
  private void fout(RoutingContext ctx, int status, String melding) throws JsonProcessingException {
    String accept = ctx.request().getHeader("Accept");
    if (accept != null && accept.contains("text/html")) {
      ctx.response()
          .setStatusCode(status)
          .putHeader("Content-Type", "text/html; charset=utf-8")
          .end(onbekend.data("melding", melding).render());
    } else {
      problem(ctx, status, melding, List.of());
    }
  }

  /** oEmbed (https://oembed.com): the card as an iframe, for a card or voorstel URL of ours. */
  @Route(path = "/oembed", methods = Route.HttpMethod.GET, type = Route.HandlerType.BLOCKING)
  void oembed(RoutingContext ctx) throws JsonProcessingException {
    var params = ctx.queryParams();
    List<Problem.InvalidParam> problemen = new java.util.ArrayList<>();
    for (String naam : params.names()) {
      if (!List.of("url", "maxwidth", "maxheight", "format").contains(naam)) {
        problemen.add(
            new Problem.InvalidParam(naam, "query", "is geen parameter van deze operatie"));
      }
    }
    String format = params.get("format");
    if (format != null && !format.equals("json")) {
      // The oEmbed specification's answer to a format the provider does not serve.
      problem(ctx, 501, "Alleen format=json wordt geleverd.", List.of());
      return;
    }
    String url = params.get("url");
    if (url == null || url.isBlank()) {
      problemen.add(new Problem.InvalidParam("url", "query", "ontbreekt"));
    }
    int breedte = maat(params.get("maxwidth"), "maxwidth", BREEDTE, problemen);
    int hoogte = maat(params.get("maxheight"), "maxheight", HOOGTE, problemen);
    if (!problemen.isEmpty()) {
      problem(ctx, 400, "De parameters zijn ongeldig.", problemen);
      return;
    }
    String origin = origin(ctx.request());
    Optional<String> nummer = nummerUit(url, origin);
    Optional<VoorstelView> voorstel = nummer.flatMap(n -> voorstellen.weergave(n, Links.stored()));
    if (voorstel.isEmpty()) {
      problem(
          ctx,
          404,
          "Voor deze url is geen insluiting: geef de url van een voorstel of zijn widget op "
              + origin
              + ".",
          List.of());
      return;
    }
    VoorstelView v = voorstel.get();
    String widgetUrl = origin + PAD + v.nummer();
    String titel = v.titel() == null ? "Voorstel " + v.nummer() : v.titel();
    // Qute escapes every value for HTML, as it does in the card.
    String html =
        iframe
            .data("src", widgetUrl)
            .data("breedte", breedte)
            .data("hoogte", hoogte)
            .data("titel", "Stemming over " + titel)
            .render()
            .strip();
    var body = new java.util.LinkedHashMap<String, Object>();
    body.put("type", "rich");
    body.put("version", "1.0");
    body.put("title", titel);
    body.put("provider_name", "Agendawijzer Almere");
    body.put("provider_url", origin + "/v1/openapi.json");
    body.put("cache_age", 60);
    body.put("html", html);
    body.put("width", breedte);
    body.put("height", hoogte);
    ctx.response()
        .setStatusCode(200)
        .putHeader("Content-Type", "application/json")
        .putHeader("Cache-Control", "public, max-age=60")
        .end(json.writeValueAsString(body));
  }

  /** The voorstel a card or API URL of this service names; empty for any other URL. */
  static Optional<String> nummerUit(String url, String origin) {
    try {
      URI uri = URI.create(url);
      URI eigen = URI.create(origin);
      if (uri.getScheme() == null
          || uri.getRawAuthority() == null
          || !uri.getRawAuthority().equalsIgnoreCase(eigen.getRawAuthority())
          || uri.getRawQuery() != null) {
        return Optional.empty();
      }
      Matcher m = WIDGET.matcher(uri.getPath());
      return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static int maat(
      String waarde, String naam, int standaard, List<Problem.InvalidParam> problemen) {
    if (waarde == null) {
      return standaard;
    }
    try {
      int maat = Integer.parseInt(waarde);
      if (maat < 100) {
        problemen.add(new Problem.InvalidParam(naam, "query", "moet minstens 100 zijn"));
        return standaard;
      }
      return Math.min(maat, standaard);
    } catch (NumberFormatException e) {
      problemen.add(
          new Problem.InvalidParam(naam, "query", "is geen geheel getal: '" + waarde + "'"));
      return standaard;
    }
  }

  /** Scheme, host and port as the client used them (forwarded headers when so configured). */
  private static String origin(HttpServerRequest request) {
    return request.scheme() + "://" + request.authority().toString();
  }

  private void problem(
      RoutingContext ctx, int status, String detail, List<Problem.InvalidParam> params)
      throws JsonProcessingException {
    ctx.response()
        .setStatusCode(status)
        .putHeader("Content-Type", Problem.MEDIA_TYPE)
        .end(
            json.writeValueAsString(
                Problems.problem(status, detail, ctx.request().path(), params)));
  }
}
