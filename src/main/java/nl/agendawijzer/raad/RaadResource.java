package nl.agendawijzer.raad;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/raad")
@Produces(MediaType.APPLICATION_JSON)
public class RaadResource {

  @Inject RaadService service;

  @GET
  public RaadView raad() {
    return service.raad();
  }
}
