package nl.agendawijzer.export;

import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.agendawijzer.api.Links;
import nl.agendawijzer.api.QueryParameters;

/** Bulk downloads: every collection in one pull, as CSV or NDJSON, described by a datapackage. */
@Path("/exports")
public class ExportResource {

  @Inject ExportService service;
  @Inject Exports exports;
  @Inject Links links;

  /** {@code stemmingen.csv}, {@code stemmingen.ndjson}, ...: the extension is the format. */
  @GET
  @Path("/{bestand}")
  @Produces({"text/csv", "application/x-ndjson"})
  public Response export(
      @PathParam("bestand") String bestand,
      @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
      @HeaderParam(HttpHeaders.ACCEPT_ENCODING) String acceptEncoding,
      @Context UriInfo uri,
      @Context RoutingContext ctx) {
    QueryParameters.requireNone(uri);
    return service.export(bestand, ifNoneMatch, acceptEncoding, ctx);
  }

  @GET
  @Path("/datapackage.json")
  @Produces(MediaType.APPLICATION_JSON)
  public Datapackage datapackage(@Context UriInfo uri) {
    QueryParameters.requireNone(uri);
    return Datapackage.van(exports.alle(), bestand -> links.to("exports", bestand).href());
  }
}
