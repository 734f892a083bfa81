package nl.agendawijzer.sleutel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Set;
import nl.agendawijzer.api.LeeslimietConfig;
import nl.agendawijzer.api.Sleutelvrijstelling;
import org.jboss.logging.Logger;

/**
 * The hashes of the keys that work now, read from the database at most once per {@code
 * agendawijzer.leeslimiet.sleutels-verversen} and only when a key is presented: an editor's read is
 * exempt from the read limit without a database read per request, and a made-up key costs a hash
 * and no read at all. Exemption is not authentication: a write still checks its key as before.
 */
@ApplicationScoped
public class GeldigeSleutels implements Sleutelvrijstelling {

  private static final Logger LOG = Logger.getLogger(GeldigeSleutels.class);

  /** Fired by a transaction that makes or revokes a key. */
  record Gewijzigd() {}

  private record Stand(Set<String> hashes, long gelezenOp) {}

  @Inject SleutelService sleutels;
  @Inject LeeslimietConfig config;

  @Inject SleutelConfig sleutelConfig;

  private volatile Stand stand;

  /** Raised by every change on this replica, so a reading begun before it is not kept. */
  private volatile long generatie;

  @Override
  public boolean vrijgesteld(String sleutel) {
    Stand s = stand;
    return sleutelConfig.apiKeys().enabled()
        && s != null
        && !verouderd(s)
        && s.hashes().contains(SleutelService.hash(sleutel));
  }

  @Override
  public boolean verouderd() {
    Stand s = stand;
    return sleutelConfig.apiKeys().enabled() && (s == null || verouderd(s));
  }

  @Override
  public synchronized void ververs() {
    if (!verouderd()) {
      return;
    }
    long generatieBijBegin = generatie;
    long begin = System.nanoTime();
    Set<String> hashes;
    try {
      hashes = sleutels.geldigeHashes();
    } catch (RuntimeException e) {
      // Without a database the last list stands for another interval: requests with keys must not
      // queue up for a read that fails, each on a worker of its own.
      LOG.warnf("De geldige sleutels konden niet worden gelezen: %s", e.toString());
      Stand vorige = stand;
      hashes = vorige == null ? Set.of() : vorige.hashes();
    }
    if (generatie == generatieBijBegin) {
      stand = new Stand(hashes, begin);
    }
  }

  /** A key made or revoked here counts at once here; elsewhere after the next reading. */
  void vergeet(@Observes(during = TransactionPhase.AFTER_SUCCESS) Gewijzigd gewijzigd) {
    generatie++;
    stand = null;
  }

  private boolean verouderd(Stand s) {
    return System.nanoTime() - s.gelezenOp() > config.sleutelsVerversen().toNanos();
  }
}
