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

@Path("/voorstellen")
@Produces(MediaType.APPLICATION_JSON)
public class VoorstelResource {

  @Inject Revisies revisies;
  @Inject VoorstelService service;

  @GET
  public CollectionBody lijst(@Context UriInfo uri) {
    return service.lijst(QueryParameters.of(uri));
  }

  @GET
  @Path("/{nummer}")
  public Object voorstel(@PathParam("nummer") String nummer, @Context UriInfo uri) {
    return service.voorstel(nummer, QueryParameters.peilmoment(uri));
  }

  @GET
  @Path("/{nummer}/versies")
  public CollectionBody versies(@PathParam("nummer") String nummer, @Context UriInfo uri) {
    QueryParameters.requireNone(uri);
    return revisies.versies(ResourceType.VOORSTEL, nummer);
  }

  @GET
  @Path("/{nummer}/versies/{versie}")
  public JsonNode versie(
      @PathParam("nummer") String nummer, @PathParam("versie") int versie, @Context UriInfo uri) {
    QueryParameters.requireNone(uri);
    return revisies.versie(ResourceType.VOORSTEL, nummer, versie);
  }
}
