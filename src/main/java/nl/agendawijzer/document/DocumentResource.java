package nl.agendawijzer.document;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import nl.agendawijzer.api.CollectionBody;
import nl.agendawijzer.api.QueryParameters;

@Path("/documenten")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentResource {

  @Inject DocumentService service;

  @GET
  @Produces({MediaType.APPLICATION_JSON, "text/csv"})
  public CollectionBody lijst(@Context UriInfo uri) {
    return service.lijst(QueryParameters.of(uri));
  }
}
