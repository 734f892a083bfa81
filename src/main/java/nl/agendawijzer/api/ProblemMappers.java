package nl.agendawijzer.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every exception that leaves a resource into problem+json. Nothing else in the code base
 * builds error responses, and no stack trace ever reaches a client.
 */
public class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

  @ServerExceptionMapper
  public Response notFound(NotFoundProblem e, UriInfo uri) {
    return Problems.response(404, e.getMessage(), instance(uri));
  }

  @ServerExceptionMapper
  public Response invalidParameters(InvalidParametersProblem e, UriInfo uri) {
    return Problems.response(400, e.getMessage(), instance(uri), e.invalidParams());
  }

  @ServerExceptionMapper
  public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
    List<Problem.InvalidParam> params =
        e.getConstraintViolations().stream()
            .map(ProblemMappers::invalidParam)
            .sorted(Comparator.comparing(Problem.InvalidParam::name))
            .toList();
    return Problems.response(400, "De invoer is ongeldig.", instance(uri), params);
  }

  /** 404 for unknown paths, 405, 406, 415, ...: keep the status, explain it in problem+json. */
  @ServerExceptionMapper
  public Response webApplication(WebApplicationException e, UriInfo uri) {
    int status = e.getResponse().getStatus();
    if (status >= 500) {
      return unexpected(e, uri);
    }
    String detail =
        switch (status) {
          case 404 -> "Er is geen resource op dit pad. Zie /v1/openapi.json voor de paden.";
          case 405 -> "Deze methode is hier niet toegestaan; de API is alleen te lezen (GET).";
          case 406 -> "Deze API levert application/json; vraag daarom om application/json.";
          default -> Problems.title(status) + ".";
        };
    return Problems.response(status, detail, instance(uri));
  }

  @ServerExceptionMapper
  public Response unexpected(Throwable e, UriInfo uri) {
    String incident = UUID.randomUUID().toString();
    LOG.errorf(e, "Onverwachte fout, incident %s bij %s", incident, instance(uri));
    return Problems.response(
        500,
        "Er ging iets mis aan onze kant. Noem incident " + incident + " als u contact opneemt.",
        "urn:uuid:" + incident);
  }

  private static Problem.InvalidParam invalidParam(ConstraintViolation<?> violation) {
    String path = violation.getPropertyPath().toString();
    // Bean Validation prefixes parameters with "method.argN"; the client knows only the field.
    String name = path.contains(".") ? path.substring(path.indexOf('.') + 1) : path;
    return new Problem.InvalidParam(name, "body", violation.getMessage());
  }

  private static String instance(UriInfo uri) {
    return uri.getRequestUri().getRawPath();
  }
}
