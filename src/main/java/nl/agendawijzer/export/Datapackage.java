package nl.agendawijzer.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A Frictionless Data Package (profile tabular-data-package) describing every CSV export: its
 * columns with their types, its key, its references, and the licence of the data.
 */
public record Datapackage(
    String profile,
    String name,
    String title,
    String description,
    List<Licentie> licenses,
    List<Bron> resources) {

  public record Licentie(String name, String path, String title) {}

  public record Bron(
      String name,
      String path,
      String profile,
      String format,
      String mediatype,
      String encoding,
      String description,
      Schema schema) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Schema(
      List<Veld> fields,
      List<String> primaryKey,
      List<ForeignKey> foreignKeys,
      List<String> missingValues) {}

  /**
   * One column. {@code format} is set where Table Schema's default would refuse our values: a
   * moment is ISO 8601 in UTC as the API writes it, with as many fractional digits as it has (none,
   * 3, 6 or 9), which the default {@code %Y-%m-%dT%H:%M:%SZ} does not accept.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Veld(String name, String type, String format, String description) {

    static Veld van(Kolom kolom) {
      return switch (kolom.type()) {
        case DATETIME ->
            new Veld(
                kolom.naam(),
                kolom.type().frictionless(),
                "any",
                kolom.beschrijving() + " " + TIJDSTIP);
        case STRING ->
            new Veld(
                kolom.naam(),
                kolom.type().frictionless(),
                null,
                kolom.beschrijving() + " " + TEKST);
        default -> new Veld(kolom.naam(), kolom.type().frictionless(), null, kolom.beschrijving());
      };
    }
  }

  static final String TIJDSTIP =
      "(ISO 8601 in UTC, met zoveel decimalen van de seconde als er zijn: 0, 3, 6 of 9.)";

  /** What {@link Rijschrijver#onschadelijk} does to a text cell, said where the column is. */
  static final String TEKST =
      "(In de CSV krijgt een tekst die begint met =, +, -, @, een tab of een CR een ' ervoor,"
          + " zodat een spreadsheet hem niet als formule uitvoert; NDJSON en JSON geven de tekst"
          + " ongewijzigd.)";

  public record ForeignKey(List<String> fields, Referentie reference) {}

  public record Referentie(String resource, List<String> fields) {}

  static final Licentie CC0 =
      new Licentie(
          "CC0-1.0",
          "https://creativecommons.org/publicdomain/zero/1.0/",
          "Creative Commons Zero v1.0 Universal");

  static Datapackage van(
      List<ExportDefinitie> definities, java.util.function.Function<String, String> pad) {
    return new Datapackage(
        "tabular-data-package",
        "agendawijzer-almere",
        "Agendawijzer van de Raad van Almere",
        "Alle collecties van de Agendawijzer API als CSV (RFC 4180, UTF-8, één kopregel); de"
            + " ids zijn die van de API.",
        List.of(CC0),
        definities.stream()
            .map(
                d ->
                    new Bron(
                        d.collectie(),
                        pad.apply(d.collectie() + ".csv"),
                        "tabular-data-resource",
                        "csv",
                        "text/csv",
                        "utf-8",
                        d.beschrijving(),
                        new Schema(
                            d.kolommen().stream().map(Veld::van).toList(),
                            d.sleutel(),
                            d.verwijzingen().stream()
                                .map(
                                    v ->
                                        new ForeignKey(
                                            v.kolommen(), new Referentie(v.collectie(), v.naar())))
                                .toList(),
                            List.of(""))))
            .toList());
  }
}
