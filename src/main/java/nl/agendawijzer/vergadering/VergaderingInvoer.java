package nl.agendawijzer.vergadering;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** A vergadering to write; its id is made from date and kind. */
@JsonIgnoreProperties(value = {"id", "versie", "gewijzigdOp", "_links", "herkomst"})
public record VergaderingInvoer(
    @NotNull LocalDate datum, @NotNull VergaderingSoort soort, @NotBlank String omschrijving) {}
