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

  public record Veld(String name, String type, String description) {}

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
                            d.kolommen().stream()
                                .map(
                                    k ->
                                        new Veld(
                                            k.naam(), k.type().frictionless(), k.beschrijving()))
                                .toList(),
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
