package nl.agendawijzer.voorstel;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import nl.agendawijzer.api.CollectionBody;
import nl.agendawijzer.api.QueryParameters;

/**
 * A faction's voting record. It lives with the stemmingen it reads; the faction itself is served by
 * the raad feature under the same path prefix.
 */
@Path("/fracties")
@Produces(MediaType.APPLICATION_JSON)
public class StemgedragResource {

  @Inject StemgedragService service;

  @GET
  @Path("/{id}/stemgedrag")
  public CollectionBody stemgedrag(@PathParam("id") String id, @Context UriInfo uri) {
    return service.stemgedrag(id, QueryParameters.of(uri));
  }

  @GET
  @Path("/overeenstemming")
  public OvereenstemmingView overeenstemming(@Context UriInfo uri) {
    return service.overeenstemming(QueryParameters.of(uri));
  }
}
