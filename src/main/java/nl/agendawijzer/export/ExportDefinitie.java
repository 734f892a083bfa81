package nl.agendawijzer.export;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * One collection as a bulk export: its columns, its key, the collections it refers to, and one SQL
 * query that reads every row in key order. A feature package adds a collection by adding one
 * {@code @ApplicationScoped} class implementing this; {@link Exports} finds it.
 *
 * <p>The query is plain SQL over JDBC so rows stream from a database cursor and are written out one
 * at a time: no entity is loaded, no list is built, whatever the size of the table.
 *
 * <p>The same columns serve a list or detail answered as {@code text/csv}: there each column's
 * value is read from the JSON representation at its {@link Kolom#pad()}.
 */
public interface ExportDefinitie {

  /** The collection's name in the path, e.g. {@code stemmingen}. */
  String collectie();

  /** One sentence on what a row is, for datapackage.json. */
  String beschrijving();

  List<Kolom> kolommen();

  /** The columns that identify a row (the API's id). */
  List<String> sleutel();

  /** References to other exports, for datapackage.json's foreignKeys. */
  default List<Verwijzing> verwijzingen() {
    return List.of();
  }

  /** Selects every row, ordered by the key; the columns as {@link #rij(ResultSet)} reads them. */
  String sql();

  /** The current row of {@code rs}, one value per column, in column order. */
  List<Object> rij(ResultSet rs) throws SQLException;

  /** A moment column as an Instant, written like the API writes it (ISO 8601, UTC). */
  static java.time.Instant instant(ResultSet rs, String column) throws SQLException {
    java.time.OffsetDateTime value = rs.getObject(column, java.time.OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  /** A date column, or null. */
  static java.time.LocalDate datum(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, java.time.LocalDate.class);
  }

  /** A foreign key: these columns hold the key of a row of another export. */
  record Verwijzing(List<String> kolommen, String collectie, List<String> naar) {}
}
