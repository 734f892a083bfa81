package nl.agendawijzer.raad;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** How many seats the council had on any date: the input of the vote arithmetic check. */
public record Zetelkalender(List<Termijn> termijnen) {

  public record Termijn(LocalDate van, LocalDate tot, int zetels) {}

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
}
