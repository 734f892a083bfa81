package nl.agendawijzer.voorstel;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The agreement overviews computed, per period and state of the data (ADR 0018). Bounded: the least
 * recently used of at most {@value #MAX} entries goes first, so many different periods cost memory
 * for {@value #MAX} answers at most; entries of an older state are never asked for again and age
 * out the same way.
 */
@ApplicationScoped
class Overeenstemmingen {

  static final int MAX = 64;

  /**
   * @param versie the highest volgnummer of the change feed when the answer was computed
   */
  record Sleutel(LocalDate vanaf, LocalDate tot, long versie) {}

  private final Map<Sleutel, List<OvereenstemmingView.Paar>> antwoorden =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Sleutel, List<OvereenstemmingView.Paar>> e) {
          return size() > MAX;
        }
      };

  /**
   * The kept answer, or a new one. Computed outside the lock, so a slow query holds up no other
   * request; two requests that miss at once both compute, and the answers are equal.
   */
  List<OvereenstemmingView.Paar> van(
      Sleutel sleutel, Supplier<List<OvereenstemmingView.Paar>> bereken) {
    synchronized (antwoorden) {
      List<OvereenstemmingView.Paar> bekend = antwoorden.get(sleutel);
      if (bekend != null) {
        return bekend;
      }
    }
    List<OvereenstemmingView.Paar> nieuw = bereken.get();
    synchronized (antwoorden) {
      antwoorden.put(sleutel, nieuw);
    }
    return nieuw;
  }

  int aantal() {
    synchronized (antwoorden) {
      return antwoorden.size();
    }
  }
}
