package nl.agendawijzer.opslag;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A failure that repeats many times a second while the database is down (every request, every round
 * of a poller) is logged at most once per interval, with how often it happened since: the log stays
 * readable, and says how long and how hard the outage was (docs/adr/0025).
 */
public final class Zeldzaam {

  private final long intervalNanos;
  private final AtomicLong vorige;
  private final AtomicLong sinds = new AtomicLong();

  public Zeldzaam(Duration interval) {
    this.intervalNanos = interval.toNanos();
    this.vorige = new AtomicLong(System.nanoTime() - intervalNanos);
  }

  /**
   * Counts one occurrence; returns how many there were since the last one logged (this one
   * included) when it is time to log again, else 0.
   */
  public long tel() {
    long aantal = sinds.incrementAndGet();
    long nu = System.nanoTime();
    long toen = vorige.get();
    if (nu - toen >= intervalNanos && vorige.compareAndSet(toen, nu)) {
      sinds.addAndGet(-aantal);
      return aantal;
    }
    return 0;
  }
}
