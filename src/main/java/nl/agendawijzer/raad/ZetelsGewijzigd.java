package nl.agendawijzer.raad;

import java.time.LocalDate;

/**
 * Fired, inside the writing transaction, when seats of the council or of a faction change from
 * {@code vanaf} to {@code tot} (open when null). The checks of stemmingen in that span depend on
 * those seats; the feature that stores them recomputes them before the transaction commits.
 *
 * @param fractie the faction whose seats changed, or null for the council's seats
 */
public record ZetelsGewijzigd(String fractie, LocalDate vanaf, LocalDate tot) {}
