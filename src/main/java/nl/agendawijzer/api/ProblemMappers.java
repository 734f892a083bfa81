package nl.agendawijzer.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import nl.agendawijzer.opslag.Zeldzaam;
import org.hibernate.StaleStateException;
import org.hibernate.exception.DataException;
import org.hibernate.exception.LockAcquisitionException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every exception that leaves a resource into problem+json. Nothing else in the code base
 * builds error responses, and no stack trace ever reaches a client.
 */
public class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

  /** While the database is down every request fails on it; the log hears of it once a minute. */
  private static final Zeldzaam ONBEREIKBAAR_GEMELD = new Zeldzaam(Duration.ofMinutes(1));

  @ServerExceptionMapper
  public Response notFound(NotFoundProblem e, UriInfo uri) {
    return Problems.response(404, e.getMessage(), instance(uri));
  }

  @ServerExceptionMapper
  public Response precondition(PreconditionProblem e, UriInfo uri) {
    return Problems.response(e.status(), e.getMessage(), instance(uri));
  }

  /** Two writers passed the If-Match check at once; the later commit lost. */
  @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
  public Response concurrentWrite(RuntimeException e, UriInfo uri) {
    return precondition(PreconditionProblem.stale(0), uri);
  }

  /**
   * A constraint of the database refused a write the checks before it let through, mostly because
   * of a concurrent write: a row still referenced or a real duplicate is a 409 saying which; any
   * other refused value is a 400 naming the field (see {@link Databasefout}).
   */
  @ServerExceptionMapper
  public Response constraint(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
    return databasefout(Databasefout.van(e.getSQLException()), uri);
  }

  /** A value the database cannot hold (too long, out of range) is a 400 naming the field. */
  @ServerExceptionMapper
  public Response data(DataException e, UriInfo uri) {
    return databasefout(Databasefout.van(e.getSQLException()), uri);
  }

  private static Response databasefout(Databasefout fout, UriInfo uri) {
    if (fout.status() == 409) {
      return Problems.response(409, fout.detail(), instance(uri));
    }
    return Problems.response(
        400,
        "De invoer is ongeldig.",
        instance(uri),
        List.of(new Problem.InvalidParam(fout.veld(), "body", fout.detail())));
  }

  /**
   * A write waited longer than the database's lock timeout, for a seat change over a whole term for
   * example (docs/adr/0016): nothing was changed, and the same request may simply be sent again.
   */
  @ServerExceptionMapper({
    PessimisticLockException.class,
    LockTimeoutException.class,
    LockAcquisitionException.class,
    org.hibernate.PessimisticLockException.class
  })
  public Response busy(RuntimeException e, UriInfo uri) {
    // The SQLSTATE tells a deadlock (40001, 40P01) from a lock timeout (HYT00, 55P03).
    LOG.infof(
        "Wachten op een vergrendeling duurde te lang bij %s (%s, SQLSTATE %s)",
        instance(uri), e.getClass().getSimpleName(), sqlState(e));
    return Response.fromResponse(
            Problems.response(
                503,
                "Een gelijktijdige wijziging hield deze te lang op; er is niets gewijzigd. Probeer"
                    + " het zo opnieuw.",
                instance(uri)))
        .header("Retry-After", "1")
        .build();
  }

  private static String sqlState(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.sql.SQLException sql) {
        return sql.getSQLState();
      }
    }
    return "onbekend";
  }

  @ServerExceptionMapper
  public Response conflict(ConflictProblem e, UriInfo uri) {
    return Problems.response(409, e.getMessage(), instance(uri));
  }

  @ServerExceptionMapper
  public Response gone(GoneProblem e, UriInfo uri) {
    return Problems.response(410, e.getMessage(), instance(uri));
  }

  @ServerExceptionMapper
  public Response tooLarge(PayloadTooLargeProblem e, UriInfo uri) {
    return Problems.response(413, e.getMessage(), instance(uri));
  }

  @ServerExceptionMapper
  public Response unavailable(ServiceUnavailableProblem e, UriInfo uri) {
    return Response.fromResponse(Problems.response(503, e.getMessage(), instance(uri)))
        .header("Retry-After", Long.toString(e.retryAfterSeconden()))
        .build();
  }

  @ServerExceptionMapper
  public Response invalidParameters(InvalidParametersProblem e, UriInfo uri) {
    return Problems.response(400, e.getMessage(), instance(uri), e.invalidParams());
  }

  /** No key, an unknown or revoked key, or not a bearer header: 401 with the challenge. */
  @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
  public Response unauthorized(RuntimeException e, UriInfo uri) {
    String detail =
        e instanceof AuthenticationFailedException && e.getMessage() != null
            ? e.getMessage()
            : "Voor deze operatie is een sleutel nodig: Authorization: Bearer <sleutel>.";
    return Response.fromResponse(Problems.response(401, detail, instance(uri)))
        .header("WWW-Authenticate", "Bearer")
        .build();
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e, UriInfo uri) {
    return Problems.response(
        403, "Deze sleutel heeft niet de rol die deze operatie vraagt.", instance(uri));
  }

  /**
   * A body that is not JSON, or JSON of the wrong shape: 400 naming the field. The subtypes are
   * listed because Quarkus has mappers of its own for some of them, and the closest type wins.
   */
  @ServerExceptionMapper({
    JsonProcessingException.class,
    JsonParseException.class,
    JsonMappingException.class,
    MismatchedInputException.class,
    InvalidFormatException.class,
    ValueInstantiationException.class
  })
  public Response unreadableBody(JsonProcessingException e, UriInfo uri) {
    return Problems.response(400, "De body is ongeldig.", instance(uri), List.of(unreadable(e)));
  }

  /** The field a body that does not read went wrong at, and why. */
  static Problem.InvalidParam unreadable(JsonProcessingException e) {
    String field =
        e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
            ? mapping.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                .orElse("body")
            : "body";
    String reason;
    if (e instanceof InvalidFormatException format && format.getTargetType() == LocalDate.class) {
      reason = Datumbereik.REDEN;
    } else if (e instanceof InvalidFormatException format
        && format.getTargetType() == String.class) {
      reason = StrikteJson.NUL_REDEN;
    } else if (e instanceof StreamConstraintsException) {
      reason =
          "is te groot of te diep genest (teksten tot "
              + StrikteJson.MAX_STRING
              + " tekens, "
              + StrikteJson.MAX_NESTING
              + " niveaus)";
    } else if (e.getMessage() != null && e.getMessage().startsWith("Duplicate field")) {
      reason = "noemt een veld twee keer";
    } else if (e instanceof JsonMappingException && !(e instanceof JsonParseException)) {
      reason = "heeft niet de vorm of het type dat het contract beschrijft";
    } else {
      reason = "is geen geldige JSON";
    }
    return new Problem.InvalidParam(field, "body", reason);
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
    if (e.getCause() instanceof JsonProcessingException unreadable) {
      return unreadableBody(unreadable, uri);
    }
    if (status >= 500) {
      return unexpected(e, uri);
    }
    String detail =
        switch (status) {
          case 404 -> "Er is geen resource op dit pad. Zie /v1/openapi.json voor de paden.";
          case 405 -> "Deze methode is op dit pad niet toegestaan; zie /v1/openapi.json.";
          case 406 ->
              "Dit pad levert het gevraagde formaat (Accept) niet. Lijsten en details leveren"
                  + " application/json en text/csv; zie /v1/openapi.json per pad.";
          default -> Problems.title(status) + ".";
        };
    return Problems.response(status, detail, instance(uri));
  }

  @ServerExceptionMapper
  public Response unexpected(Throwable e, UriInfo uri) {
    if (Databasefout.onbereikbaar(e)) {
      long aantal = ONBEREIKBAAR_GEMELD.tel();
      if (aantal > 0) {
        LOG.warnf(
            "De database is niet bereikbaar: %d verzoeken beantwoord met 503 (%s)",
            aantal, e.toString());
      }
      return unavailable(
          new ServiceUnavailableProblem(
              Databasefout.ONBEREIKBAAR, Databasefout.OPNIEUW_NA_SECONDEN),
          uri);
    }
    String incident = UUID.randomUUID().toString();
    LOG.errorf(e, "Onverwachte fout, incident %s bij %s", incident, Logtekst.van(instance(uri)));
    return Problems.response(
        500,
        "Er ging iets mis aan onze kant. Noem incident " + incident + " als u contact opneemt.",
        "urn:uuid:" + incident);
  }

  /** The field as the client knows it: the path below the method and its parameter. */
  private static Problem.InvalidParam invalidParam(ConstraintViolation<?> violation) {
    List<String> names = new ArrayList<>();
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getKind() != ElementKind.METHOD && node.getKind() != ElementKind.PARAMETER) {
        names.add(
            node.getIndex() != null
                ? node.getName() + "[" + node.getIndex() + "]"
                : node.getName());
      }
    }
    String name = names.isEmpty() ? "body" : String.join(".", names);
    return new Problem.InvalidParam(name, "body", violation.getMessage());
  }

  private static String instance(UriInfo uri) {
    return uri.getRequestUri().getRawPath();
  }
}
