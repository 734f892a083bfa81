package nl.agendawijzer.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Limits how fast one client address reads without an editor key: a Bucket4j token bucket per
 * address, on this replica only (docs/adr/0024). The client address is the one Quarkus gives the
 * request, so behind a proxy it comes from {@code X-Forwarded-For} or {@code Forwarded} only when
 * that proxy is listed in {@code quarkus.http.proxy.trusted-proxies}: the same rule that decides
 * the origin of links, the widget and oEmbed. The RateLimit fields follow
 * draft-ietf-httpapi-ratelimit-headers-10.
 */
@ApplicationScoped
public class Leeslimiet {

  /** The name of the one quota policy, in RateLimit-Policy and RateLimit. */
  static final String BELEID = "anoniem";

  public static final String RATE_LIMIT = "RateLimit";
  public static final String RATE_LIMIT_POLICY = "RateLimit-Policy";

  private static final String BEARER = "Bearer ";

  @Inject LeeslimietConfig config;
  @Inject Sleutelvrijstelling vrijstelling;

  @ConfigProperty(name = "quarkus.http.proxy.proxy-address-forwarding", defaultValue = "false")
  boolean doorsturen;

  @ConfigProperty(name = "quarkus.http.proxy.trusted-proxies")
  Optional<List<String>> vertrouwdeProxies;

  private Cache<String, Bucket> emmers;

  /** The RateLimit-Policy value: the same on every answer. */
  private String beleid;

  /** Seconds until an empty bucket is full again: the window of the policy. */
  private long venster;

  private final AtomicBoolean verversBezig = new AtomicBoolean();

  @PostConstruct
  void maak() {
    if (config.periode().isNegative() || config.periode().isZero()) {
      throw new IllegalStateException("agendawijzer.leeslimiet.periode moet langer dan 0 zijn");
    }
    Duration vol =
        Duration.ofNanos(
            (long)
                ((double) config.periode().toNanos() * config.capaciteit() / config.aanvulling()));
    venster = Math.max(1, seconden(vol.toNanos()));
    beleid = '"' + BELEID + "\";q=" + config.capaciteit() + ";w=" + venster;
    // A bucket not used for as long as it takes to fill up again is full: forgetting it changes
    // nothing for its address.
    emmers =
        Caffeine.newBuilder()
            .maximumSize(config.maxClients())
            .expireAfterAccess(vol.plusSeconds(1))
            .build();
  }

  /**
   * Forwarded headers are taken from anyone unless Quarkus is told which proxies to trust: then a
   * client could choose its own address here, and the origin of links that public caches keep.
   */
  void controleerProxies(@Observes StartupEvent start) {
    if (doorsturen && vertrouwdeProxies.map(List::isEmpty).orElse(true)) {
      throw new IllegalStateException(
          "quarkus.http.proxy.proxy-address-forwarding staat aan zonder"
              + " quarkus.http.proxy.trusted-proxies: noem de proxy's waarvan de Forwarded- en"
              + " X-Forwarded-headers gelden");
    }
  }

  /**
   * Lets the request through ({@code ctx.next()}) or hands the refused request to {@code weiger}.
   * Only anonymous reads count: GET and HEAD outside /q, without a valid editor key.
   */
  void beoordeel(RoutingContext ctx, Consumer<ConsumptionProbe> weiger) {
    HttpServerRequest request = ctx.request();
    if (!config.enabled()
        || (request.method() != HttpMethod.GET && request.method() != HttpMethod.HEAD)
        || request.path().startsWith("/q/")) {
      ctx.next();
      return;
    }
    String sleutel = sleutel(request);
    if (sleutel != null) {
      if (vrijstelling.vrijgesteld(sleutel)) {
        ctx.next();
        return;
      }
      if (vrijstelling.verouderd() && verversBezig.compareAndSet(false, true)) {
        // An editor is reading: have the keys read again, without keeping this request waiting.
        ctx.vertx()
            .executeBlocking(this::ververs, false)
            .onComplete(klaar -> verversBezig.set(false));
      }
    }
    ConsumptionProbe probe = emmer(request.remoteAddress()).tryConsumeAndReturnRemaining(1);
    if (probe.isConsumed()) {
      MultiMap headers = ctx.response().headers();
      headers.set(RATE_LIMIT_POLICY, beleid);
      headers.set(
          RATE_LIMIT,
          rateLimit(probe.getRemainingTokens(), seconden(probe.getNanosToWaitForReset())));
      ctx.next();
      return;
    }
    if (sleutel != null && vrijstelling.vrijgesteld(sleutel)) {
      // The keys were read again since the check above (by the reading this request began).
      ctx.next();
      return;
    }
    if (sleutel == null || !vrijstelling.verouderd()) {
      weiger.accept(probe);
      return;
    }
    // Over the limit with a key the list in memory is too old to judge: read the keys (at most
    // once per sleutels-verversen, whatever keys are sent) and judge again.
    ctx.vertx()
        .executeBlocking(
            () -> {
              ververs();
              return vrijstelling.vrijgesteld(sleutel);
            },
            false)
        .onComplete(
            vrij -> {
              if (vrij.succeeded() && vrij.result()) {
                ctx.next();
              } else {
                weiger.accept(probe);
              }
            });
  }

  private Void ververs() {
    vrijstelling.ververs();
    return null;
  }

  /** The fields of a refused read: the same point in time as its Retry-After. */
  void weigeringHeaders(MultiMap headers, long retryAfter) {
    headers.set("Retry-After", Long.toString(retryAfter));
    headers.set(RATE_LIMIT_POLICY, beleid);
    headers.set(RATE_LIMIT, rateLimit(0, retryAfter));
  }

  String uitleg(long retryAfter) {
    return "Te veel verzoeken van dit adres: zonder sleutel ten hoogste "
        + config.capaciteit()
        + " per "
        + venster
        + " s. Probeer het over "
        + retryAfter
        + " s opnieuw.";
  }

  /** Whole seconds, rounded up: never 0 while there is still something to wait for. */
  static long seconden(long nanos) {
    return Math.max(1, (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1));
  }

  private static String rateLimit(long over, long reset) {
    return '"' + BELEID + "\";r=" + over + ";t=" + reset;
  }

  private Bucket emmer(SocketAddress adres) {
    return emmers.get(adres == null ? "onbekend" : adres.hostAddress(), a -> nieuweEmmer());
  }

  private Bucket nieuweEmmer() {
    return Bucket.builder()
        .addLimit(
            limit ->
                limit
                    .capacity(config.capaciteit())
                    .refillGreedy(config.aanvulling(), config.periode()))
        .build();
  }

  /**
   * The API key of {@code Authorization: Bearer <key>}, or null. With API keys off (an OIDC token
   * instead) the key feature exempts none and never asks for a refresh.
   */
  private String sleutel(HttpServerRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null
        || header.length() <= BEARER.length()
        || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return null;
    }
    return header.substring(BEARER.length()).strip();
  }
}
