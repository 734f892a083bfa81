package nl.agendawijzer.sleutel;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import nl.agendawijzer.api.CollectionBody;
import nl.agendawijzer.api.QueryParameters;

/** Managing API keys: only for a beheerder. */
@Path("/sleutels")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Rol.BEHEERDER_NAAM)
public class SleutelResource {

  @Inject SleutelService service;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response maak(@NotNull(message = "de body ontbreekt") @Valid SleutelAanvraag aanvraag) {
    NieuweSleutelView sleutel = service.maak(aanvraag);
    return Response.created(URI.create(sleutel.links().self().href())).entity(sleutel).build();
  }

  @GET
  public CollectionBody lijst(@Context UriInfo uri) {
    QueryParameters.requireNone(uri);
    return service.lijst();
  }

  @DELETE
  @Path("/{id}")
  public void trekIn(@PathParam("id") String id) {
    service.trekIn(id);
  }
}
