package nl.agendawijzer.voorstel;

import com.fasterxml.jackson.databind.JsonNode;
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
import nl.agendawijzer.versies.ResourceType;
import nl.agendawijzer.versies.Revisies;

@Path("/stemmingen")
@Produces(MediaType.APPLICATION_JSON)
public class StemmingResource {

  @Inject Revisies revisies;
  @Inject StemmingService service;

  @GET
  public CollectionBody lijst(@Context UriInfo uri) {
    return service.lijst(QueryParameters.of(uri));
  }

  @GET
  @Path("/{id}")
  public Object stemming(@PathParam("id") String id, @Context UriInfo uri) {
    return service.stemming(id, QueryParameters.peilmoment(uri));
  }

  @GET
  @Path("/{id}/versies")
  public CollectionBody versies(@PathParam("id") String id, @Context UriInfo uri) {
    QueryParameters.requireNone(uri);
    return revisies.versies(ResourceType.STEMMING, id);
  }

  @GET
  @Path("/{id}/versies/{versie}")
  public JsonNode versie(
      @PathParam("id") String id, @PathParam("versie") int versie, @Context UriInfo uri) {
    QueryParameters.requireNone(uri);
    return revisies.versie(ResourceType.STEMMING, id, versie);
  }
}
