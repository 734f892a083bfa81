package nl.agendawijzer.vergadering;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.agendawijzer.api.BodyValidation;

/** A vergadering to write; its id is made from date and kind. */
@JsonIgnoreProperties(value = {"id", "versie", "gewijzigdOp", "_links", "herkomst"})
public record VergaderingInvoer(
    @NotNull LocalDate datum,
    @NotNull VergaderingSoort soort,
    @NotBlank @Size(max = BodyValidation.MAX_TEKST) String omschrijving) {}
