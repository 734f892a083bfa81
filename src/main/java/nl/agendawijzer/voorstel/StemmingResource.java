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

@Path("/stemmingen")
@Produces(MediaType.APPLICATION_JSON)
public class StemmingResource {

  @Inject StemmingService service;

  @GET
  public CollectionBody lijst(@Context UriInfo uri) {
    return service.lijst(QueryParameters.of(uri));
  }

  @GET
  @Path("/{id}")
  public StemmingView stemming(@PathParam("id") String id, @Context UriInfo uri) {
    QueryParameters.requireNone(uri);
    return service.stemming(id);
  }
}
