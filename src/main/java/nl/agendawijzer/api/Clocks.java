package nl.agendawijzer.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;

/** The one clock of the application, so tests can reason about time. */
public class Clocks {

  /** Microseconds: the precision both databases store, so a value reads back as it was written. */
  @Produces
  @ApplicationScoped
  Clock clock() {
    return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
  }
}
