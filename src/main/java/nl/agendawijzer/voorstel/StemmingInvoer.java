package nl.agendawijzer.voorstel;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A stemming to write, in the shape of its representation. The id is derived from voorstel and
 * date; seats and the check are computed, so they are ignored.
 */
@JsonIgnoreProperties(value = {"id", "zetels", "controle", "versie", "gewijzigdOp", "_links"})
public record StemmingInvoer(
    @NotBlank String voorstel,
    String vergadering,
    LocalDate datum,
    Uitslag uitslag,
    @Size(max = 200) String uitslagTekst,
    @PositiveOrZero @Max(999) Integer voor,
    @PositiveOrZero @Max(999) Integer tegen) {

  /** The outcome as given, else as read from the text (open vocabulary). */
  Uitslag uitslagOfUitTekst() {
    return uitslag != null ? uitslag : Uitslag.vanTekst(uitslagTekst);
  }
}
