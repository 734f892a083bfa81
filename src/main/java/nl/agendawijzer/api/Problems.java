package nl.agendawijzer.api;

import jakarta.ws.rs.core.Response;
import java.util.List;

/** The one place that builds problem+json responses. */
public final class Problems {

  private Problems() {}

  public static Response response(int status, String detail, String instance) {
    return response(status, detail, instance, List.of());
  }

  public static Response response(
      int status, String detail, String instance, List<Problem.InvalidParam> invalidParams) {
    return Response.status(status)
        .type(Problem.MEDIA_TYPE)
        .entity(problem(status, detail, instance, invalidParams))
        .build();
  }

  /** A problem of the request being handled: its id comes from the MDC, as in its log lines. */
  public static Problem problem(
      int status, String detail, String instance, List<Problem.InvalidParam> invalidParams) {
    return problem(status, detail, instance, invalidParams, VerzoekId.huidig());
  }

  public static Problem problem(
      int status,
      String detail,
      String instance,
      List<Problem.InvalidParam> invalidParams,
      String requestId) {
    return new Problem(
        "about:blank", title(status), status, detail, instance, invalidParams, requestId);
  }

  static String title(int status) {
    Response.Status known = Response.Status.fromStatusCode(status);
    return known != null ? known.getReasonPhrase() : "HTTP " + status;
  }
}
