package nl.agendawijzer.sleutel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code {"naam": "Griffie - J. de Vries", "rol": "REDACTEUR"}}. */
public record SleutelAanvraag(@NotBlank @Size(max = 200) String naam, @NotNull Rol rol) {}
