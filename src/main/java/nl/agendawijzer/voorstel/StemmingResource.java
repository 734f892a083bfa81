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

@Path("/stemmingen")
@Produces(MediaType.APPLICATION_JSON)
public class StemmingResource {

  @Inject Revisies revisies;
  @Inject StemmingBewerking bewerking;
  @Inject StemmingService service;

  @GET
  @Produces({MediaType.APPLICATION_JSON, "text/csv"})
  public CollectionBody lijst(@Context UriInfo uri) {
    return service.lijst(QueryParameters.of(uri));
  }

  @GET
  @Path("/{id}")
  @Produces({MediaType.APPLICATION_JSON, "text/csv"})
  public Object stemming(@PathParam("id") String id, @Context UriInfo uri) {
    return service.stemming(id, QueryParameters.peilmoment(uri));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Rol.REDACTEUR_NAAM)
  public Response maak(
      StemmingInvoer invoer, @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
    return bewerking.maak(invoer, idempotencyKey);
  }

  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Rol.REDACTEUR_NAAM)
  public StemmingView vervang(
      @PathParam("id") String id,
      StemmingInvoer invoer,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return bewerking.vervang(id, invoer, ifMatch);
  }

  @PATCH
  @Path("/{id}")
  @Consumes(MergePatch.MEDIA_TYPE)
  @RolesAllowed(Rol.REDACTEUR_NAAM)
  public StemmingView wijzigDeels(
      @PathParam("id") String id,
      JsonNode patch,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return bewerking.wijzigDeels(id, patch, ifMatch);
  }

  @DELETE
  @Path("/{id}")
  @RolesAllowed(Rol.REDACTEUR_NAAM)
  public void verwijder(
      @PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    bewerking.verwijder(id, ifMatch);
  }

  @GET
  @Path("/{id}/versies")
  public CollectionBody versies(@PathParam("id") String id, @Context UriInfo uri) {
    return revisies.versies(ResourceType.STEMMING, id, QueryParameters.of(uri));
  }

  @GET
  @Path("/{id}/versies/{versie}")
  public JsonNode versie(
      @PathParam("id") String id, @PathParam("versie") int versie, @Context UriInfo uri) {
    QueryParameters.requireNone(uri);
    return revisies.versie(ResourceType.STEMMING, id, versie);
  }
}
