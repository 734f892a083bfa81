package nl.agendawijzer.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Safe retries of POST: the first response to an {@code Idempotency-Key} is stored in the same
 * transaction as what it created, and a retry with the same key, path and body gets that response
 * again, with its {@code Location} and {@code ETag}. The key is claimed first, with an insert on
 * its primary key: a concurrent request with the same key waits for (or collides with) that insert
 * and then replays the answer of the first, so one key creates at most once. The same key with
 * another body or on another path is a client error, not a second create. See docs/adr/0016.
 */
@ApplicationScoped
public class Idempotency {

  public static final String HEADER = "Idempotency-Key";

  /** How long a request waits for a concurrent first request with its key to finish. */
  private static final Duration WACHTEN = Duration.ofSeconds(30);

  private static final Duration OPNIEUW_NA = Duration.ofMillis(20);

  /** How often a create that lost an optimistic race runs again before it gives up. */
  private static final int POGINGEN = 5;

  /** What a create returns: where the new resource lives, and its representation. */
  public record Created(URI location, Object body) {}

  /** The key is held by a request that is running or has answered: replay, or wait for it. */
  private static final class Bezet extends RuntimeException {
    Bezet() {
      super(null, null, false, false);
    }
  }

  @Inject EntityManager entityManager;
  @Inject ObjectMapper json;
  @Inject Clock clock;
  @Inject IdempotentieConfig config;
  @Inject Links links;

  /**
   * Runs {@code create} in a transaction of its own, once per key: the caller must not hold one, so
   * a request that finds the key taken can read the first answer in a new transaction. The key is
   * bound to the author, the method (POST) and the path of this request.
   */
  public Response once(String key, String auteur, Object request, Supplier<Created> create) {
    if (key == null) {
      return inEigenTransactie(() -> respond(create.get()));
    }
    if (key.isBlank() || key.length() > 200) {
      throw new InvalidParametersProblem(
          List.of(new Problem.InvalidParam(HEADER, "header", "moet 1 tot 200 tekens lang zijn")));
    }
    String hash = hash(request);
    String pad = URI.create(links.self().href()).getRawPath();
    Instant opgeven = clock.instant().plus(WACHTEN);
    IdempotentResponse.Key sleutel = new IdempotentResponse.Key(auteur, key);
    while (true) {
      // A retry after the first answer (the usual case) reads it without trying to claim.
      Optional<Response> eerder =
          QuarkusTransaction.requiringNew().call(() -> herhaal(sleutel, pad, hash));
      if (eerder.isPresent()) {
        return eerder.get();
      }
      try {
        return inEigenTransactie(() -> eerste(sleutel, pad, hash, create));
      } catch (Bezet bezet) {
        // Claimed by a concurrent request: read its answer on the next round.
      }
      if (clock.instant().isAfter(opgeven)) {
        throw new ConflictProblem(
            "Een ander verzoek met deze Idempotency-Key is na %d seconden nog bezig; probeer het"
                    .formatted(WACHTEN.toSeconds())
                + " later opnieuw met dezelfde sleutel.");
      }
      wacht();
    }
  }

  /**
   * Runs a create in a new transaction, again when it lost an optimistic race: a create sends no
   * If-Match, so a concurrent change of what it also versions (the voorstel of a new stemming, a
   * seat change re-versioning it) is no reason to refuse it. Everything it did was rolled back.
   */
  private static Response inEigenTransactie(Supplier<Response> create) {
    for (int poging = 1; ; poging++) {
      try {
        return QuarkusTransaction.requiringNew().call(create::get);
      } catch (RuntimeException e) {
        RuntimeException verloren = optimistischVerloren(e);
        if (verloren == null) {
          throw e;
        }
        if (poging == POGINGEN) {
          throw verloren;
        }
      }
    }
  }

  private static RuntimeException optimistischVerloren(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
        return (RuntimeException) t;
      }
    }
    return null;
  }

  /** Claims the key, creates, and stores the answer with the key, all in one transaction. */
  private Response eerste(
      IdempotentResponse.Key sleutel, String pad, String hash, Supplier<Created> create) {
    IdempotentResponse claim =
        new IdempotentResponse(
            sleutel.auteur(), sleutel.sleutel(), "POST", pad, hash, clock.instant());
    try {
      entityManager.persist(claim);
      entityManager.flush();
    } catch (ConstraintViolationException e) {
      // PostgreSQL waits for a concurrent claim to commit or roll back; H2 may refuse at once.
      throw new Bezet();
    }
    Created created = create.get();
    Response response = respond(created);
    // The ETag the response filter gives this answer, which a replay must send again.
    String etag =
        created.body() instanceof VersionedRepresentation versioned
            ? "\"" + versioned.versie() + "\""
            : null;
    claim.beantwoord(201, created.location().toString(), etag, write(created.body()));
    return response;
  }

  /** The first answer, when it is there and still kept; empty when the claim must be retried. */
  private Optional<Response> herhaal(IdempotentResponse.Key sleutel, String pad, String hash) {
    IdempotentResponse eerder = entityManager.find(IdempotentResponse.class, sleutel);
    if (eerder == null) {
      // The first request rolled back (or is not visible yet): this one may claim the key.
      return Optional.empty();
    }
    if (eerder.verlopen(clock.instant().minus(config.bewaartijd()))) {
      entityManager.remove(eerder);
      return Optional.empty();
    }
    // A record from before keys were bound (V12) has no path and is not compared on one.
    boolean elders = !eerder.pad().isEmpty() && !eerder.pad().equals(pad);
    if (elders || !eerder.methode().equals("POST")) {
      throw new InvalidParametersProblem(
          List.of(
              new Problem.InvalidParam(
                  HEADER,
                  "header",
                  "is al gebruikt voor %s %s; gebruik per verzoek een eigen sleutel"
                      .formatted(eerder.methode(), eerder.pad()))));
    }
    if (!eerder.verzoekHash().equals(hash)) {
      throw new InvalidParametersProblem(
          List.of(
              new Problem.InvalidParam(
                  HEADER, "header", "is al gebruikt voor een verzoek met een andere body")));
    }
    return Optional.of(
        Response.status(eerder.status())
            .location(eerder.locatie() == null ? null : URI.create(eerder.locatie()))
            .header(HttpHeaders.ETAG, eerder.etag())
            .entity(read(eerder.inhoud()))
            .build());
  }

  /**
   * Forgets answers older than the configured time, so a key may be used again. Every replica may
   * run this at once: each deletes what is expired, and a row another already deleted is no error.
   */
  @Scheduled(
      every = "${agendawijzer.idempotentie.opruimen-elke}",
      // Not at start: its query is then the first Hibernate work, before the first request.
      delayed = "${agendawijzer.idempotentie.opruimen-na-start}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void ruimOp() {
    verwijderVerlopen(clock.instant());
  }

  /** Deletes the answers that expired at {@code nu}; returns how many. */
  public int verwijderVerlopen(Instant nu) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                entityManager
                    .createQuery("delete from IdempotentResponse r where r.aangemaaktOp < :grens")
                    .setParameter("grens", nu.minus(config.bewaartijd()))
                    .executeUpdate());
  }

  private static Response respond(Created created) {
    return Response.created(created.location()).entity(created.body()).build();
  }

  private static void wacht() {
    try {
      Thread.sleep(OPNIEUW_NA.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Onderbroken tijdens wachten op een Idempotency-Key", e);
    }
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
