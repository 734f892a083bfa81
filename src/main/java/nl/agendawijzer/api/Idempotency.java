package nl.agendawijzer.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

/**
 * Safe retries of POST: the first response to an {@code Idempotency-Key} is stored in the same
 * transaction as what it created, and a retry with the same key and body gets that response again.
 * The same key with another body is a client error, not a second create.
 */
@ApplicationScoped
public class Idempotency {

  public static final String HEADER = "Idempotency-Key";

  /** What a create returns: where the new resource lives, and its representation. */
  public record Created(URI location, Object body) {}

  @Inject EntityManager entityManager;
  @Inject ObjectMapper json;
  @Inject Clock clock;

  @Transactional(Transactional.TxType.MANDATORY)
  public Response once(String key, String auteur, Object request, Supplier<Created> create) {
    if (key == null) {
      return respond(create.get());
    }
    if (key.isBlank() || key.length() > 200) {
      throw new InvalidParametersProblem(
          List.of(new Problem.InvalidParam(HEADER, "header", "moet 1 tot 200 tekens lang zijn")));
    }
    String hash = hash(request);
    IdempotentResponse earlier =
        entityManager.find(IdempotentResponse.class, new IdempotentResponse.Key(auteur, key));
    if (earlier != null) {
      if (!earlier.verzoekHash().equals(hash)) {
        throw new InvalidParametersProblem(
            List.of(
                new Problem.InvalidParam(
                    HEADER, "header", "is al gebruikt voor een verzoek met een andere body")));
      }
      return Response.status(earlier.status())
          .location(earlier.locatie() == null ? null : URI.create(earlier.locatie()))
          .entity(read(earlier.inhoud()))
          .build();
    }
    Created created = create.get();
    entityManager.persist(
        new IdempotentResponse(
            auteur,
            key,
            hash,
            201,
            created.location().toString(),
            write(created.body()),
            clock.instant()));
    return respond(created);
  }

  private static Response respond(Created created) {
    return Response.created(created.location()).entity(created.body()).build();
  }

  private String hash(Object request) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(request)));
    } catch (NoSuchAlgorithmException | JsonProcessingException e) {
      throw new IllegalStateException("Kan het verzoek niet hashen", e);
    }
  }

  private String write(Object body) {
    try {
      return json.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Antwoord is geen JSON", e);
    }
  }

  private Object read(String body) {
    try {
      return json.readTree(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Opgeslagen antwoord is geen JSON", e);
    }
  }
}
