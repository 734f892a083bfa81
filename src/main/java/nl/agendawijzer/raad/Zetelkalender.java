package nl.agendawijzer.raad;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How many seats the council and each faction had on any date: the input of the vote arithmetic
 * check. Read once for a whole list of stemmingen.
 */
public record Zetelkalender(List<Termijn> termijnen, List<FractieTermijn> fracties) {

  public record Termijn(LocalDate van, LocalDate tot, int zetels) {}

  /** A faction's seats in one dated period (both ends inclusive, {@code tot} open). */
  public record FractieTermijn(String fractie, LocalDate van, LocalDate tot, int zetels) {
    boolean bevat(LocalDate datum) {
      return !datum.isBefore(van) && (tot == null || !datum.isAfter(tot));
    }
  }

  public Zetelkalender(List<Termijn> termijnen) {
    this(termijnen, List.of());
  }

  /** Empty when the date is unknown or falls outside every term. */
  public Optional<Integer> zetelsOp(LocalDate datum) {
    if (datum == null) {
      return Optional.empty();
    }
    return termijnen.stream()
        .filter(t -> !datum.isBefore(t.van()) && (t.tot() == null || !datum.isAfter(t.tot())))
        .map(Termijn::zetels)
        .findFirst();
  }

  /** A faction's seats on a date; empty when it had none recorded then. */
  public Optional<Integer> fractieZetelsOp(String fractie, LocalDate datum) {
    if (datum == null) {
      return Optional.empty();
    }
    return fracties.stream()
        .filter(f -> f.fractie().equals(fractie) && f.bevat(datum))
        .map(FractieTermijn::zetels)
        .findFirst();
  }

  /** Every faction with seats on a date, by id. */
  public Map<String, Integer> fractiesOp(LocalDate datum) {
    Map<String, Integer> op = new TreeMap<>();
    if (datum != null) {
      fracties.stream()
          .filter(f -> f.bevat(datum) && f.zetels() > 0)
          .forEach(f -> op.put(f.fractie(), f.zetels()));
    }
    return op;
  }
}
