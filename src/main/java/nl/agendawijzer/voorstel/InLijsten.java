package nl.agendawijzer.voorstel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * A lookup by many keys as several {@code in (...)} queries, so no IN list grows with the number of
 * keys (a seat change looks up every stemming of a term): well below every database's limit on
 * bound parameters, and plans the database can cache.
 */
final class InLijsten {

  static final int GROOTTE = 1000;

  private InLijsten() {}

  static <T> List<T> opgehaald(Collection<String> sleutels, Function<List<String>, List<T>> query) {
    List<String> alle = List.copyOf(sleutels);
    List<T> gevonden = new ArrayList<>(alle.size());
    for (int van = 0; van < alle.size(); van += GROOTTE) {
      gevonden.addAll(query.apply(alle.subList(van, Math.min(alle.size(), van + GROOTTE))));
    }
    return gevonden;
  }
}
