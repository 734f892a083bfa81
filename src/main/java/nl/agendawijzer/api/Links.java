package nl.agendawijzer.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriInfo;

/**
 * Absolute links into this API for the current request, built from the address the client used
 * (behind a proxy, set quarkus.http.proxy.proxy-address-forwarding so that is the public one).
 */
@RequestScoped
public class Links {

  @Inject UriInfo uriInfo;

  /** A link to a path below /v1, e.g. {@code to("onderwerpen", "23161")}. */
  public Link to(String... segments) {
    return new Link(uriInfo.getBaseUriBuilder().segment(segments).build().toString());
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
}
