package nl.agendawijzer.versies;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import nl.agendawijzer.api.RenderedRepresentation;
import nl.agendawijzer.opslag.Tabellen;
import nl.agendawijzer.opslag.Zeldzaam;
import org.jboss.logging.Logger;

/**
 * The current version of every resource, rendered as it is served, kept in memory: a detail GET and
 * the 304 of a conditional one cost a map lookup instead of the queries and the serialisation of
 * building the representation from its entities. What is kept is the newest revision's JSON, which
 * is the representation as served (ADR 0008), with the request's origin in its links.
 *
 * <p>Correct with several replicas on one database (docs/adr/0022):
 *
 * <ul>
 *   <li>A transaction that records versions drops their entries on this replica when it commits,
 *       before its answer is sent: the writer reads its own write at once.
 *   <li>Every replica follows the change feed every {@code volg-interval} and drops the entry of
 *       every resource that got a version since; the feed has no gaps (ADR 0015), so it misses
 *       none. A load that raced with the commit is dropped too: Caffeine's invalidate waits for a
 *       load of that key in progress.
 *   <li>Entries are served only while the last completed round of following began less than {@code
 *       hoogstens-achter} ago; when the database cannot be read for longer, every read loads
 *       afresh. So an entry is never older than that bound, whatever happens to the follower.
 * </ul>
 */
@ApplicationScoped
public class HuidigeVersies {

  private static final Logger LOG = Logger.getLogger(HuidigeVersies.class);

  /** More changes than this since the last round (a seat change, an import): drop everything. */
  private static final int MAX_PER_RONDE = 10_000;

  /** Renderings kept per resource: the public origin and perhaps an internal one. */
  private static final int MAX_ORIGINS = 4;

  private record Sleutel(ResourceType type, String id) {}

  /** The newest revision of a resource, and what it was rendered as for each origin. */
  private static final class Huidig {
    final int versie;
    final Instant gewijzigdOp;
    final String inhoud;
    final Map<String, RenderedRepresentation> perOrigin = new ConcurrentHashMap<>(2);

    Huidig(int versie, Instant gewijzigdOp, String inhoud) {
      this.versie = versie;
      this.gewijzigdOp = gewijzigdOp;
      this.inhoud = inhoud;
    }

    /** The stored JSON and about one rendering of it, in bytes. */
    int gewicht() {
      return 2 * inhoud.length() + 200;
    }
  }

  @Inject DataSource dataSource;
  @Inject ObjectMapper json;
  @Inject TransactionSynchronizationRegistry transacties;
  @Inject FeedPosities posities;

  @Inject Tabellen tabellen;

  @Inject HuidigeVersiesConfig config;

  private Cache<Sleutel, Huidig> cache;
  private ScheduledExecutorService volger;

  /** The feed place up to which every change has dropped its entry; -1 before the first round. */
  private volatile long gevolgdTot = -1;

  /** System.nanoTime() at the start of the last round that completed. */
  private volatile long laatsteRonde = Long.MIN_VALUE;

  /**
   * Counts the moments at which this replica learnt of a change: a commit here that recorded a
   * version, or a round that found new places in the feed. What was read under one generation is
   * current as long as the generation has not moved (see Lijstpaginas).
   */
  private final AtomicLong generatie = new AtomicLong();

  private final Zeldzaam mislukkingGemeld = new Zeldzaam(Duration.ofMinutes(1));

  /** Rounds failed in a row; only the follower thread uses it. */
  private long mislukteRondes;

  void start(@Observes StartupEvent start) {
    cache =
        Caffeine.newBuilder()
            .maximumWeight(config.maxBytes())
            .<Sleutel, Huidig>weigher((k, h) -> h.gewicht())
            .build();
    volger =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "huidige-versies-volger");
              t.setDaemon(true);
              return t;
            });
    volger.scheduleWithFixedDelay(
        this::volgVeilig, 0, config.volgInterval().toMillis(), TimeUnit.MILLISECONDS);
  }

  void stop(@Observes ShutdownEvent stop) {
    if (volger != null) {
      volger.shutdownNow();
    }
  }

  /**
   * The current version of a resource rendered for {@code origin}; empty when it has none (never
   * made, or deleted): the caller then answers 404 or 410 as before.
   */
  public Optional<RenderedRepresentation> huidig(ResourceType type, String id, String origin) {
    Sleutel sleutel = new Sleutel(type, id);
    Huidig huidig;
    if (actueel()) {
      huidig = cache.get(sleutel, this::laad);
    } else {
      // The follower is behind: what is kept may be older than promised, so nothing is used.
      cache.invalidateAll();
      huidig = laad(sleutel);
    }
    if (huidig == null) {
      return Optional.empty();
    }
    return Optional.of(voorOrigin(huidig, origin));
  }

  private RenderedRepresentation voorOrigin(Huidig huidig, String origin) {
    RenderedRepresentation weergave = huidig.perOrigin.get(origin);
    if (weergave == null) {
      weergave = render(huidig, origin);
      if (huidig.perOrigin.size() >= MAX_ORIGINS) {
        // Host headers are the client's to choose: the origins asked for lately are the ones kept.
        huidig.perOrigin.clear();
      }
      huidig.perOrigin.put(origin, weergave);
    }
    return weergave;
  }

  /**
   * The current version of a resource rendered for {@code origin} if it is kept and fresh, without
   * touching the database: for a caller on the event loop, which must not block. Empty means "ask
   * {@link #huidig}", not "absent".
   */
  public Optional<RenderedRepresentation> bewaard(ResourceType type, String id, String origin) {
    if (!actueel()) {
      return Optional.empty();
    }
    Huidig huidig = cache.getIfPresent(new Sleutel(type, id));
    return huidig == null ? Optional.empty() : Optional.of(voorOrigin(huidig, origin));
  }

  /**
   * Drops the entries of what a transaction versioned once it commits, on this replica, before the
   * writer gets its answer. Other replicas drop them when they see the versions in the feed.
   */
  void bijVersie(@Observes Vastgelegd versie) {
    geraaktInDezeTransactie().add(new Sleutel(versie.type(), versie.sleutel()));
  }

  /**
   * For a transaction that changes what a list filters on without recording a version (the checks
   * filled in at start for stemmingen stored before they were kept): when it commits, kept list
   * pages of this replica are no longer used. Other replicas learn of it at their next change.
   */
  public void gewijzigdZonderVersie() {
    geraaktInDezeTransactie();
  }

  /** The keys versioned in the current transaction; their entries go when it commits. */
  private Set<Sleutel> geraaktInDezeTransactie() {
    @SuppressWarnings("unchecked")
    Set<Sleutel> geraakt = (Set<Sleutel>) transacties.getResource(HuidigeVersies.class);
    if (geraakt == null) {
      Set<Sleutel> nieuw = new HashSet<>();
      transacties.putResource(HuidigeVersies.class, nieuw);
      transacties.registerInterposedSynchronization(
          new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
              if (status == Status.STATUS_COMMITTED && cache != null) {
                generatie.incrementAndGet();
                cache.invalidateAll(nieuw);
              }
            }
          });
      geraakt = nieuw;
    }
    return geraakt;
  }

  /** The feed place up to which every change has dropped its entry here. */
  long gevolgdTot() {
    return gevolgdTot;
  }

  /** The current generation; read it before what is read under it. */
  long generatie() {
    return generatie.get();
  }

  /** Whether the last round of following began less than the bound ago. */
  boolean actueel() {
    long ronde = laatsteRonde;
    return ronde != Long.MIN_VALUE
        && System.nanoTime() - ronde < config.hoogstensAchter().toNanos();
  }

  private void volgVeilig() {
    try {
      volg();
      if (mislukteRondes > 0) {
        LOG.infof("Volgen van de wijzigingen werkt weer, na %d mislukte rondes", mislukteRondes);
        mislukteRondes = 0;
      }
    } catch (RuntimeException | SQLException e) {
      // Next round tries again; until one completes, reads stop using what is kept (actueel()).
      // While the database is down that is five failures a second: the log hears of it once a
      // minute (docs/adr/0025).
      mislukteRondes++;
      long aantal = mislukkingGemeld.tel();
      if (aantal > 0) {
        LOG.warnf(
            "Volgen van de wijzigingen voor de huidige versies mislukt (%d rondes): %s",
            aantal, e.toString());
      }
    }
  }

  /** One round: drop the entry of everything that got a version since the last round. */
  void volg() throws SQLException {
    long begin = System.nanoTime();
    long stand = posities.feedPositie();
    long vanaf = gevolgdTot;
    if (vanaf < 0 || stand > vanaf) {
      generatie.incrementAndGet();
    }
    if (vanaf < 0) {
      // The first round: what was loaded before it may predate any change, so start empty.
      cache.invalidateAll();
    } else if (stand > vanaf) {
      List<Sleutel> geraakt = sindsDe(vanaf, stand);
      if (geraakt.size() > MAX_PER_RONDE) {
        cache.invalidateAll();
      } else {
        cache.invalidateAll(geraakt);
      }
    }
    gevolgdTot = Math.max(vanaf, stand);
    laatsteRonde = begin;
  }

  /**
   * The resources that got a version at a feed place in (vanaf, tot], at most one more than max.
   */
  private List<Sleutel> sindsDe(long vanaf, long tot) throws SQLException {
    List<Sleutel> geraakt = new ArrayList<>();
    try (Connection verbinding = dataSource.getConnection();
        PreparedStatement vraag =
            verbinding.prepareStatement(
                "select type, sleutel from "
                    + tabellen.naam("revisie")
                    + " where volgnummer > ? and volgnummer <= ? order by volgnummer"
                    + " fetch first "
                    + (MAX_PER_RONDE + 1)
                    + " rows only")) {
      vraag.setLong(1, vanaf);
      vraag.setLong(2, tot);
      try (ResultSet rijen = vraag.executeQuery()) {
        while (rijen.next()) {
          geraakt.add(new Sleutel(ResourceType.valueOf(rijen.getString(1)), rijen.getString(2)));
        }
      }
    }
    return geraakt;
  }

  /** The newest revision of a resource from the database; null when it has none or was deleted. */
  private Huidig laad(Sleutel sleutel) {
    try (Connection verbinding = dataSource.getConnection();
        PreparedStatement vraag =
            verbinding.prepareStatement(
                "select versie, gewijzigd_op, inhoud from "
                    + tabellen.naam("revisie")
                    + " where type = ? and sleutel = ? order by versie desc fetch first 1 rows only")) {
      vraag.setString(1, sleutel.type().name());
      vraag.setString(2, sleutel.id());
      try (ResultSet rij = vraag.executeQuery()) {
        if (!rij.next()) {
          return null;
        }
        String inhoud = rij.getString(3);
        if (inhoud == null) {
          return null;
        }
        return new Huidig(
            rij.getInt(1), rij.getObject(2, OffsetDateTime.class).toInstant(), inhoud);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Huidige versie van " + sleutel + " niet te lezen", e);
    }
  }

  private RenderedRepresentation render(Huidig huidig, String origin) {
    try {
      JsonNode node = json.readTree(huidig.inhoud);
      Revisies.absoluteLinks(node, origin);
      return new RenderedRepresentation(
          huidig.versie, huidig.gewijzigdOp, json.writeValueAsBytes(node));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Huidige versie niet als JSON te schrijven", e);
    }
  }
}
