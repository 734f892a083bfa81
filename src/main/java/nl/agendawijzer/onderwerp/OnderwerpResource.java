package nl.agendawijzer.onderwerp;

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

@Path("/onderwerpen")
@Produces(MediaType.APPLICATION_JSON)
public class OnderwerpResource {

  @Inject Revisies revisies;
  @Inject OnderwerpService service;
  @Inject OnderwerpBewerking bewerking;

  @GET
  @Produces({MediaType.APPLICATION_JSON, "text/csv"})
  public CollectionBody lijst(@Context UriInfo uri) {
    return service.lijst(QueryParameters.of(uri));
  }

  @GET
  @Path("/{raadsnummer}")
  @Produces({MediaType.APPLICATION_JSON, "text/csv"})
  public Object onderwerp(@PathParam("raadsnummer") String raadsnummer, @Context UriInfo uri) {
    return service.onderwerp(raadsnummer, QueryParameters.peilmoment(uri));
  }

  @GET
  @Path("/{raadsnummer}/versies")
  public CollectionBody versies(
      @PathParam("raadsnummer") String raadsnummer, @Context UriInfo uri) {
    return revisies.versies(ResourceType.ONDERWERP, raadsnummer, QueryParameters.of(uri));
  }

  @GET
  @Path("/{raadsnummer}/versies/{versie}")
  public JsonNode versie(
      @PathParam("raadsnummer") String raadsnummer,
      @PathParam("versie") int versie,
      @Context UriInfo uri) {
    QueryParameters.requireNone(uri);
    return revisies.versie(ResourceType.ONDERWERP, raadsnummer, versie);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Rol.REDACTEUR_NAAM)
  public Response maak(
      OnderwerpInvoer invoer, @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
    return bewerking.maak(invoer, idempotencyKey);
  }

  @PUT
  @Path("/{raadsnummer}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Rol.REDACTEUR_NAAM)
  public OnderwerpView vervang(
      @PathParam("raadsnummer") String raadsnummer,
      OnderwerpInvoer invoer,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return bewerking.vervang(raadsnummer, invoer, ifMatch);
  }

  @PATCH
  @Path("/{raadsnummer}")
  @Consumes(MergePatch.MEDIA_TYPE)
  @RolesAllowed(Rol.REDACTEUR_NAAM)
  public OnderwerpView wijzigDeels(
      @PathParam("raadsnummer") String raadsnummer,
      JsonNode patch,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return bewerking.wijzigDeels(raadsnummer, patch, ifMatch);
  }

  @DELETE
  @Path("/{raadsnummer}")
  @RolesAllowed(Rol.REDACTEUR_NAAM)
  public void verwijder(
      @PathParam("raadsnummer") String raadsnummer,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    bewerking.verwijder(raadsnummer, ifMatch);
  }

  @GET
  @Path("/{raadsnummer}/doelen")
  public CollectionBody doelen(@PathParam("raadsnummer") String raadsnummer, @Context UriInfo uri) {
    QueryParameters.requireNone(uri);
    return service.doelen(raadsnummer);
  }

  @GET
  @Path("/{raadsnummer}/documenten")
  public CollectionBody documenten(
      @PathParam("raadsnummer") String raadsnummer, @Context UriInfo uri) {
    QueryParameters.requireNone(uri);
    return service.documenten(raadsnummer);
  }

  @GET
  @Path("/{raadsnummer}/voorstellen")
  public CollectionBody voorstellen(
      @PathParam("raadsnummer") String raadsnummer, @Context UriInfo uri) {
    return service.voorstellen(raadsnummer, QueryParameters.of(uri));
  }
}
