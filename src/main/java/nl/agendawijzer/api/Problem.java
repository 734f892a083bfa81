package nl.agendawijzer.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem detail, the body of every 4xx and 5xx response (ADR API-46). {@code
 * invalidParams} lists every rejected parameter or field, so a client fixes them all in one go;
 * {@code requestId} is the id of the request, as in its log lines and X-Request-ID (docs/adr/0026).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    List<InvalidParam> invalidParams,
    String requestId) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** One rejected input: its name, the reason, and where it was found. */
  public record InvalidParam(String name, String in, String reason) {}
}
