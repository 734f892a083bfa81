package nl.agendawijzer.export;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * One read-only REPEATABLE READ transaction on a connection of its own: the ETag and every row of
 * an export are read from the same snapshot, so a write during a long download changes neither.
 *
 * <p>PostgreSQL takes the snapshot at the first statement and streams the rows from a cursor
 * (autocommit off plus a fetch size). H2 (MVStore) also gives REPEATABLE READ a snapshot; it reads
 * a result into memory up to its MAX_MEMORY_ROWS and spills the rest to a temporary file, so memory
 * stays bounded there too.
 */
final class Momentopname implements AutoCloseable {

  static final int FETCH_SIZE = 1000;

  private final Connection connection;

  private Momentopname(Connection connection) {
    this.connection = connection;
  }

  /**
   * @param schema the schema Hibernate uses when one is configured (the tests use their own), so
   *     the plain SQL of the exports reads the same tables
   */
  static Momentopname open(DataSource dataSource, java.util.Optional<String> schema)
      throws SQLException {
    Connection connection = dataSource.getConnection();
    try {
      if (schema.isPresent()) {
        connection.setSchema(schema.get());
      }
      connection.setAutoCommit(false);
      connection.setReadOnly(true);
      connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      return new Momentopname(connection);
    } catch (SQLException | RuntimeException e) {
      connection.close();
      throw e;
    }
  }

  /**
   * What the snapshot's content depends on: the change feed's highest volgnummer and its length
   * (every write and delete through the API adds a revision) and the table's row count (which also
   * moves when rows are loaded outside the API, as the benchmark does).
   */
  String versie(ExportDefinitie definitie) throws SQLException {
    long[] feed = longs("select coalesce(max(volgnummer), 0), count(*) from revisie");
    long[] rows = longs("select count(*) from " + definitie.tabel());
    return "r" + feed[0] + "-" + feed[1] + "-n" + rows[0];
  }

  interface RijVerwerker {
    void verwerk(ResultSet rs) throws Exception;
  }

  void lees(String sql, RijVerwerker verwerker) throws Exception {
    try (PreparedStatement statement =
        connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
      statement.setFetchSize(FETCH_SIZE);
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          verwerker.verwerk(rs);
        }
      }
    }
  }

  private long[] longs(String sql) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet rs = statement.executeQuery()) {
      rs.next();
      long[] values = new long[rs.getMetaData().getColumnCount()];
      for (int i = 0; i < values.length; i++) {
        values[i] = rs.getLong(i + 1);
      }
      return values;
    }
  }

  @Override
  public void close() throws SQLException {
    try {
      connection.rollback(); // read only: nothing to keep
    } finally {
      connection.close();
    }
  }
}
