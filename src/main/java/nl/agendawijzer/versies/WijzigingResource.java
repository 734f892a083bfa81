package nl.agendawijzer.versies;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import nl.agendawijzer.api.CollectionBody;
import nl.agendawijzer.api.QueryParameters;

/** One change feed over every type, deletions included, in a strictly increasing order. */
@Path("/wijzigingen")
@Produces(MediaType.APPLICATION_JSON)
public class WijzigingResource {

  @Inject Revisies revisies;

  @GET
  public CollectionBody wijzigingen(@Context UriInfo uri) {
    return revisies.feed(QueryParameters.of(uri));
  }
}
