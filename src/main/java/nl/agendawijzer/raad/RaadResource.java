package nl.agendawijzer.raad;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import nl.agendawijzer.api.QueryParameters;
import nl.agendawijzer.sleutel.Rol;

@Path("/raad")
@Produces(MediaType.APPLICATION_JSON)
public class RaadResource {

  @Inject RaadService service;
  @Inject RaadBewerking bewerking;

  @GET
  public RaadView raad(@Context UriInfo uri) {
    QueryParameters.requireNone(uri);
    return service.raad();
  }

  @PUT
  @Path("/perioden/{periode}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Rol.REDACTEUR_NAAM)
  public RaadView periode(
      @PathParam("periode") String periode,
      RaadsperiodeInvoer invoer,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return bewerking.periode(periode, invoer, ifMatch);
  }
}
