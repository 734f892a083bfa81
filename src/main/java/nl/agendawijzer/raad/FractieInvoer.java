package nl.agendawijzer.raad;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** A faction to write, in the shape of its representation. */
@JsonIgnoreProperties(value = {"versie", "gewijzigdOp", "_links"})
public record FractieInvoer(
    @NotBlank
        @Size(max = 80)
        @Pattern(
            regexp = "[a-z0-9]+(-[a-z0-9]+)*",
            message = "is geen slug: kleine letters, cijfers en losse streepjes, zoals groenlinks")
        String id,
    @NotBlank @Size(max = 200) String naam,
    @Size(max = 50) String afkorting,
    @NotNull @Valid List<@NotNull @Valid ZetelPeriodeInvoer> zetelperioden) {

  public record ZetelPeriodeInvoer(
      @NotNull @PositiveOrZero @Max(999) Integer zetels,
      @NotNull LocalDate geldigVanaf,
      LocalDate geldigTot) {}

  List<ZetelPeriode> perioden() {
    return zetelperioden.stream()
        .map(z -> new ZetelPeriode(z.zetels(), z.geldigVanaf(), z.geldigTot()))
        .toList();
  }
}
