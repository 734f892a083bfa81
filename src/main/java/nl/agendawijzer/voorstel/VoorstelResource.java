package nl.agendawijzer.voorstel;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.agendawijzer.api.CollectionBody;
import nl.agendawijzer.api.Idempotency;
import nl.agendawijzer.api.MergePatch;
import nl.agendawijzer.api.QueryParameters;
import nl.agendawijzer.sleutel.Rol;
import nl.agendawijzer.versies.ResourceType;
import nl.agendawijzer.versies.Revisies;

@Path("/voorstellen")
@Produces(MediaType.APPLICATION_JSON)
public class VoorstelResource {

  @Inject Revisies revisies;
  @Inject VoorstelBewerking bewerking;
  @Inject VoorstelService service;

  @GET
  @Produces({MediaType.APPLICATION_JSON, "text/csv"})
  public CollectionBody lijst(@Context UriInfo uri) {
    return service.lijst(QueryParameters.of(uri));
  }

  @GET
  @Path("/{nummer}")
  @Produces({MediaType.APPLICATION_JSON, "text/csv"})
  public Object voorstel(@PathParam("nummer") String nummer, @Context UriInfo uri) {
    return service.voorstel(nummer, QueryParameters.peilmoment(uri));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Rol.REDACTEUR_NAAM)
  public Response maak(
      VoorstelInvoer invoer, @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
    return bewerking.maak(invoer, idempotencyKey);
  }

  @PUT
  @Path("/{nummer}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Rol.REDACTEUR_NAAM)
  public VoorstelView vervang(
      @PathParam("nummer") String nummer,
      VoorstelInvoer invoer,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return bewerking.vervang(nummer, invoer, ifMatch);
  }

  @PATCH
  @Path("/{nummer}")
  @Consumes(MergePatch.MEDIA_TYPE)
  @RolesAllowed(Rol.REDACTEUR_NAAM)
  public VoorstelView wijzigDeels(
      @PathParam("nummer") String nummer,
      JsonNode patch,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return bewerking.wijzigDeels(nummer, patch, ifMatch);
  }

  @DELETE
  @Path("/{nummer}")
  @RolesAllowed(Rol.REDACTEUR_NAAM)
  public void verwijder(
      @PathParam("nummer") String nummer, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    bewerking.verwijder(nummer, ifMatch);
  }

  @GET
  @Path("/{nummer}/versies")
  public CollectionBody versies(@PathParam("nummer") String nummer, @Context UriInfo uri) {
    return revisies.versies(ResourceType.VOORSTEL, nummer, QueryParameters.of(uri));
  }

  @GET
  @Path("/{nummer}/versies/{versie}")
  public JsonNode versie(
      @PathParam("nummer") String nummer, @PathParam("versie") int versie, @Context UriInfo uri) {
    QueryParameters.requireNone(uri);
    return revisies.versie(ResourceType.VOORSTEL, nummer, versie);
  }
}
