package nl.agendawijzer.importeren;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import nl.agendawijzer.api.QueryParameters;
import nl.agendawijzer.sleutel.Rol;

/** POST /v1/importeren: one page as text/plain or a batch as JSON; see ImportService. */
@Path("/importeren")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

  @Inject ImportService service;

  @POST
  @Consumes(MediaType.TEXT_PLAIN)
  @RolesAllowed(Rol.REDACTEUR_NAAM)
  public ImportRapport pagina(
      byte[] body,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      @Context UriInfo uri) {
    return service.pagina(body, contentType, QueryParameters.of(uri));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Rol.REDACTEUR_NAAM)
  public ImportRapport batch(ImportAanvraag aanvraag, @Context UriInfo uri) {
    return service.batch(aanvraag, QueryParameters.of(uri));
  }
}
