package nl.agendawijzer.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLTimeoutException;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import javax.sql.DataSource;
import nl.agendawijzer.api.ServiceUnavailableProblem;
import nl.agendawijzer.opslag.Tabellen;
import org.jboss.logging.Logger;

/**
 * Export files. Each export (collection and format) is written once per data version, from one
 * snapshot, into a file beside its gzip twin; the snapshot's connection goes back to the pool when
 * the file is done. Downloads are served from the file, so a client reading at 1 KB/s holds a file
 * handle, not a connection, a snapshot or a worker thread. See docs/adr/0019.
 *
 * <p>Bounds: at most {@code max-bouw} builds at once (a request waits for a free builder up to the
 * build limit, then gets 503), a build that holds its snapshot past {@code bouw-limiet} is given up
 * (503), and at most {@code max-downloads} downloads at once (503). Every 503 says Retry-After.
 * Concurrent requests for one export share one build. Each replica builds its own files.
 */
@ApplicationScoped
public class ExportBestanden {

  private static final Logger LOG = Logger.getLogger(ExportBestanden.class);

  /** Seconds a client is asked to wait before it tries again. */
  static final long RETRY_AFTER = 10;

  @Inject DataSource dataSource;
  @Inject ObjectMapper json;

  @Inject Tabellen tabellen;

  @Inject ExportConfig config;

  private Path dir;
  private Semaphore bouwers;
  private final AtomicInteger downloads = new AtomicInteger();

  /** The newest file of each export, and the one before it (a download may just be starting). */
  private final ConcurrentHashMap<String, Bestand> gereed = new ConcurrentHashMap<>();

  private final ConcurrentHashMap<String, Bestand> vorige = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, CompletableFuture<Bestand>> bezig =
      new ConcurrentHashMap<>();

  /** One export at one data version: the file and its gzip twin. */
  record Bestand(Path pad, Path gzip, long versie) {}

  @PostConstruct
  void maakMap() throws IOException {
    Path ouder = config.map().orElse(Path.of(System.getProperty("java.io.tmpdir")));
    Files.createDirectories(ouder);
    // A map of its own per start: a file never outlives the database state it was built from.
    dir = Files.createTempDirectory(ouder, "agendawijzer-exports-");
    bouwers = new Semaphore(config.maxBouw(), true);
  }

  @PreDestroy
  void ruimOp() {
    try (Stream<Path> paden = Files.walk(dir)) {
      paden.sorted(Comparator.reverseOrder()).forEach(ExportBestanden::verwijder);
    } catch (IOException | UncheckedIOException e) {
      LOG.debugf(e, "Exportmap %s niet opgeruimd", dir);
    }
  }

  /** The file of this export at data version {@code versie} or newer; built if there is none. */
  Bestand bestand(ExportDefinitie definitie, Formaat formaat, long versie) {
    String naam = definitie.collectie() + "." + formaat.extensie();
    // A build that was already running may show a version just older than ours: then build again.
    for (int poging = 0; poging < 3; poging++) {
      Bestand huidig = gereed.get(naam);
      if (huidig != null && huidig.versie() >= versie) {
        return huidig;
      }
      CompletableFuture<Bestand> mijn = new CompletableFuture<>();
      CompletableFuture<Bestand> lopend = bezig.putIfAbsent(naam, mijn);
      if (lopend == null) {
        try {
          mijn.complete(bouw(definitie, formaat, naam));
        } catch (RuntimeException e) {
          mijn.completeExceptionally(e);
          throw e;
        } finally {
          bezig.remove(naam, mijn);
        }
      } else {
        wachtOp(lopend, naam);
      }
    }
    Bestand huidig = gereed.get(naam);
    if (huidig != null && huidig.versie() >= versie) {
      return huidig;
    }
    throw new ServiceUnavailableProblem(
        "De gegevens van " + naam + " veranderen terwijl de export gebouwd wordt; probeer het zo.",
        RETRY_AFTER);
  }

  private void wachtOp(CompletableFuture<Bestand> lopend, String naam) {
    try {
      lopend.get(2 * config.bouwLimiet().toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    } catch (TimeoutException e) {
      throw bezet("De export " + naam + " wordt nog gebouwd.");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw bezet("De export " + naam + " wordt nog gebouwd.");
    }
  }

  private Bestand bouw(ExportDefinitie definitie, Formaat formaat, String naam) {
    boolean vrij;
    try {
      vrij = bouwers.tryAcquire(config.bouwLimiet().toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      vrij = false;
    }
    if (!vrij) {
      throw bezet("Er worden al " + config.maxBouw() + " exports tegelijk gebouwd.");
    }
    Path tijdelijk = null;
    Path tijdelijkGzip = null;
    try (Momentopname snapshot = Momentopname.open(dataSource, tabellen.schema())) {
      long deadline = System.nanoTime() + config.bouwLimiet().toNanos();
      long versie = snapshot.versie();
      Bestand huidig = gereed.get(naam);
      if (huidig != null && huidig.versie() >= versie) {
        return huidig;
      }
      tijdelijk = Files.createTempFile(dir, naam + "-", ".bouw");
      tijdelijkGzip = Files.createTempFile(dir, naam + "-", ".gz.bouw");
      try (OutputStream plat =
              new BufferedOutputStream(Files.newOutputStream(tijdelijk), 64 * 1024);
          GZIPOutputStream gzip =
              new GZIPOutputStream(
                  new BufferedOutputStream(Files.newOutputStream(tijdelijkGzip), 64 * 1024),
                  64 * 1024);
          OutputStream beide = new Beide(plat, gzip);
          Rijschrijver rijen = Rijschrijver.voor(formaat, definitie.kolommen(), beide, json)) {
        snapshot.lees(definitie.sql(), deadline, rs -> rijen.schrijf(definitie.rij(rs)));
      }
      Bestand nieuw =
          new Bestand(
              dir.resolve(naam + "-" + versie), dir.resolve(naam + "-" + versie + ".gz"), versie);
      Files.move(tijdelijk, nieuw.pad(), StandardCopyOption.ATOMIC_MOVE);
      Files.move(tijdelijkGzip, nieuw.gzip(), StandardCopyOption.ATOMIC_MOVE);
      bewaar(naam, nieuw);
      return nieuw;
    } catch (Momentopname.TeLang | SQLTimeoutException e) {
      throw bezet(
          "Het bouwen van "
              + naam
              + " duurde langer dan "
              + config.bouwLimiet().toSeconds()
              + " s (agendawijzer.export.bouw-limiet).");
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("Export " + naam + " niet gebouwd", e);
    } finally {
      bouwers.release();
      verwijder(tijdelijk);
      verwijder(tijdelijkGzip);
    }
  }

  private synchronized void bewaar(String naam, Bestand nieuw) {
    Bestand oud = gereed.put(naam, nieuw);
    Bestand ouder = oud == null ? null : vorige.put(naam, oud);
    if (ouder != null) {
      verwijder(ouder.pad());
      verwijder(ouder.gzip());
    }
  }

  /**
   * Counts a download until its response is over (sent, or the client went away) and refuses one
   * over the limit: files cost no connection, but every open download still costs a socket.
   */
  void begin(RoutingContext ctx) {
    if (downloads.incrementAndGet() > config.maxDownloads()) {
      downloads.decrementAndGet();
      throw bezet("Er lopen al " + config.maxDownloads() + " downloads tegelijk.");
    }
    ctx.addEndHandler(klaar -> downloads.decrementAndGet());
  }

  /** Downloads open right now. */
  int downloads() {
    return downloads.get();
  }

  private static ServiceUnavailableProblem bezet(String waarom) {
    return new ServiceUnavailableProblem(
        waarom + " Probeer het over " + RETRY_AFTER + " seconden opnieuw.", RETRY_AFTER);
  }

  private static void verwijder(Path pad) {
    if (pad != null) {
      try {
        Files.deleteIfExists(pad);
      } catch (IOException e) {
        LOG.debugf(e, "%s niet verwijderd", pad);
      }
    }
  }

  /** Writes every byte to both the plain file and its gzip twin: one pass over the snapshot. */
  private static final class Beide extends OutputStream {
    private final OutputStream een;
    private final OutputStream twee;

    Beide(OutputStream een, OutputStream twee) {
      this.een = een;
      this.twee = twee;
    }

    @Override
    public void write(int b) throws IOException {
      een.write(b);
      twee.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      een.write(b, off, len);
      twee.write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
      een.flush();
      twee.flush();
    }

    @Override
    public void close() throws IOException {
      try {
        een.close();
      } finally {
        twee.close();
      }
    }
  }
}
