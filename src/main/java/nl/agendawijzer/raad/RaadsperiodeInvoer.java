package nl.agendawijzer.raad;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;

/** A council term to write; its name ({@code 2022-2026}) is in the path. */
@JsonIgnoreProperties(value = {"periode"})
public record RaadsperiodeInvoer(
    @NotNull LocalDate van, LocalDate tot, @NotNull @Positive @Max(999) Integer zetels) {}
