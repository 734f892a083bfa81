package nl.agendawijzer.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/**
 * Absolute links into this API for the current request, built from the address the client used
 * (behind a proxy, set quarkus.http.proxy.proxy-address-forwarding and trusted-proxies so that is
 * the public one; forwarded headers from any other peer are ignored, docs/adr/0024).
 */
@RequestScoped
public class Links {

  /** The base of links stored in revisions: relative, made absolute when served again. */
  public static final String STORED_BASE = "/v1/";

  @Inject UriInfo uriInfo;

  private URI fixedBase;

  /** Links relative to {@link #STORED_BASE}, for representations stored outside any request. */
  public static Links stored() {
    Links links = new Links();
    links.fixedBase = URI.create(STORED_BASE);
    return links;
  }

  /** A link to a path below /v1, e.g. {@code to("onderwerpen", "23161")}. */
  public Link to(String... segments) {
    UriBuilder base =
        fixedBase != null ? UriBuilder.fromUri(fixedBase) : uriInfo.getBaseUriBuilder();
    return new Link(base.segment(segments).build().toString());
  }

  /** The scheme, host and port of the request, to make stored relative links absolute. */
  public String origin() {
    URI base = uriInfo.getBaseUri();
    return base.getScheme() + "://" + base.getRawAuthority();
  }

  /** The request as the client sent it. */
  public Link self() {
    return new Link(uriInfo.getRequestUri().toString());
  }

  /** The request with its cursor replaced, for next and prev. */
  public Link withCursor(String cursor) {
    return new Link(
        uriInfo.getRequestUriBuilder().replaceQueryParam("cursor", cursor).build().toString());
  }

  /** The request without cursor and with {@code parameter} set: where a client resumes later. */
  public Link vervolg(String parameter, String value) {
    return new Link(
        uriInfo
            .getRequestUriBuilder()
            .replaceQueryParam("cursor")
            .replaceQueryParam(parameter, value)
            .build()
            .toString());
  }
}
