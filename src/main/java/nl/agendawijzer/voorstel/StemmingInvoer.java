package nl.agendawijzer.voorstel;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A stemming to write, in the shape of its representation. The id is derived from voorstel and
 * date; seats and the check are computed, so they are ignored.
 */
@JsonIgnoreProperties(
    value = {"id", "zetels", "controle", "versie", "gewijzigdOp", "_links", "herkomst"})
public record StemmingInvoer(
    @NotBlank String voorstel,
    String vergadering,
    LocalDate datum,
    Uitslag uitslag,
    @Size(max = 200) String uitslagTekst,
    @PositiveOrZero @Max(999) Integer voor,
    @PositiveOrZero @Max(999) Integer tegen,
    @PositiveOrZero @Max(999) Integer nietGestemd,
    @Valid List<@NotNull @Valid FractieInvoer> fracties) {

  /**
   * One faction's result as written; its seats come from the faction's dated seats.
   *
   * @param fractie the id of the faction
   */
  @JsonIgnoreProperties(value = {"zetels"})
  public record FractieInvoer(
      @NotBlank String fractie,
      @NotNull Keuze keuze,
      @PositiveOrZero @Max(999) Integer voor,
      @PositiveOrZero @Max(999) Integer tegen,
      @Valid @Size(max = 999) List<@NotNull @Valid StemInvoer> stemmen) {

    /** A result without the members' votes. */
    public FractieInvoer(String fractie, Keuze keuze, Integer voor, Integer tegen) {
      this(fractie, keuze, voor, tegen, null);
    }
  }

  /** How one member voted. */
  public record StemInvoer(@NotBlank @Size(max = 200) String naam, @NotNull Keuze keuze) {}

  /** The faction results; none when the body leaves them out. */
  List<FractieUitslag> fractieUitslagen() {
    return fracties == null
        ? List.of()
        : fracties.stream()
            .map(
                f ->
                    new FractieUitslag(
                        f.fractie(),
                        f.keuze(),
                        f.voor(),
                        f.tegen(),
                        f.stemmen() == null
                            ? null
                            : f.stemmen().stream()
                                .map(m -> new Stem(m.naam(), m.keuze()))
                                .toList()))
            .toList();
  }

  /** The outcome as given, else as read from the text (open vocabulary). */
  Uitslag uitslagOfUitTekst() {
    return uitslag != null ? uitslag : Uitslag.vanTekst(uitslagTekst);
  }
}
