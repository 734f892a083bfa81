package nl.agendawijzer.raad;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import nl.agendawijzer.api.QueryParameters;

@Path("/raad")
@Produces(MediaType.APPLICATION_JSON)
public class RaadResource {

  @Inject RaadService service;

  @GET
  public RaadView raad(@Context UriInfo uri) {
    QueryParameters.requireNone(uri);
    return service.raad();
  }
}
