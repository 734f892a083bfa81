package nl.agendawijzer.onderwerp;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import nl.agendawijzer.api.BodyValidation;
import nl.agendawijzer.api.Nummers;

/**
 * The body of a write: the same shape as the representation, so a client can GET, edit and PUT.
 * What the server derives or keeps (versions, links, the history of meetings) is accepted and
 * ignored.
 */
@JsonIgnoreProperties(
    value = {"versie", "gewijzigdOp", "_links", "tijdlijn", "herkomst", "nummers"})
public record OnderwerpInvoer(
    @Pattern(regexp = Nummers.SCHEMA, message = "is geen raadsnummer in een bekend schema")
        @Size(max = Nummers.MAX_LENGTE)
        String raadsnummer,
    @NotBlank @Size(max = 1000) String titel,
    OnderwerpStatus status,
    @Size(max = 200) String statusTekst,
    LocalDate geschrevenOp,
    LocalDate laatstBewerktOp,
    @Valid OnderwerpView.Afbeelding afbeelding,
    @Size(max = BodyValidation.MAX_TEKST) String inleiding,
    List<@NotNull @Valid SectieInvoer> secties,
    List<@NotNull @Valid DoelInvoer> doelen,
    List<@NotNull @Valid DocumentInvoer> documenten) {

  public record SectieInvoer(
      @NotBlank @Size(max = BodyValidation.MAX_TEKST) String kop,
      @NotNull @Size(max = BodyValidation.MAX_TEKST) String tekst) {}

  @JsonIgnoreProperties(value = {"versie", "gewijzigdOp"})
  public record DoelInvoer(
      Integer volgnummer, @NotBlank @Size(max = BodyValidation.MAX_TEKST) String tekst) {}

  @JsonIgnoreProperties(value = {"id", "onderwerp", "soort", "versie", "gewijzigdOp", "_links"})
  public record DocumentInvoer(
      @NotBlank
          @Size(max = BodyValidation.MAX_URL)
          @Pattern(regexp = "^https?://\\S+$", message = "is geen http(s)-URL")
          String url,
      @Size(max = BodyValidation.MAX_TEKST) String titel) {}

  List<SectieInvoer> sectiesOfLeeg() {
    return secties == null ? List.of() : secties;
  }

  List<DoelInvoer> doelenOfLeeg() {
    return doelen == null ? List.of() : doelen;
  }

  List<DocumentInvoer> documentenOfLeeg() {
    return documenten == null ? List.of() : documenten;
  }
}
