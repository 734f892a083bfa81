package nl.agendawijzer.voorstel;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.agendawijzer.api.Nummers;

/**
 * A voorstel to write, in the shape of its representation. Its stemmingen, and the uitslag and
 * datum they give it, are written through /v1/stemmingen and ignored here.
 */
@JsonIgnoreProperties(
    value = {"uitslag", "datum", "stemmingen", "versie", "gewijzigdOp", "_links", "herkomst"})
public record VoorstelInvoer(
    @Pattern(regexp = Nummers.SCHEMA, message = "is geen nummer in een bekend schema")
        @Size(max = Nummers.MAX_LENGTE)
        String nummer,
    VoorstelSoort soort,
    @Size(max = 200) String soortTekst,
    @Size(max = 1000) String titel,
    @Pattern(regexp = Nummers.SCHEMA, message = "is geen raadsnummer in een bekend schema")
        @Size(max = Nummers.MAX_LENGTE)
        String onderwerp) {}
