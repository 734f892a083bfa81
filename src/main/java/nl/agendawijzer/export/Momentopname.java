package nl.agendawijzer.export;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * One read-only REPEATABLE READ transaction on a connection of its own: the version and every row
 * of an export file are read from the same snapshot, so a write during the build changes neither.
 * It lives only as long as one build of a file (bounded by a time limit), never for a download.
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
   * The data version this snapshot shows: the change feed's highest position, read inside the
   * snapshot so the rows and their version agree. Positions are given at commit (ADR 0015), so the
   * highest one a snapshot sees equals the counter {@code Revisies.feedPositie()} reads.
   */
  long versie() throws SQLException {
    try (PreparedStatement statement =
            connection.prepareStatement("select coalesce(max(volgnummer), 0) from revisie");
        ResultSet rs = statement.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  interface RijVerwerker {
    void verwerk(ResultSet rs) throws Exception;
  }

  /**
   * Reads every row of {@code sql}, and gives up once {@code deadline} (System.nanoTime) has
   * passed: the database's own timeout stops a slow query, the check per fetch a slow consumer.
   */
  void lees(String sql, long deadline, RijVerwerker verwerker) throws Exception {
    try (PreparedStatement statement =
        connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
      statement.setFetchSize(FETCH_SIZE);
      statement.setQueryTimeout(
          (int)
              Math.max(
                  1,
                  java.util.concurrent.TimeUnit.NANOSECONDS.toSeconds(
                      deadline - System.nanoTime())));
      try (ResultSet rs = statement.executeQuery()) {
        long rijen = 0;
        while (rs.next()) {
          if (++rijen % FETCH_SIZE == 0 && System.nanoTime() - deadline > 0) {
            throw new TeLang();
          }
          verwerker.verwerk(rs);
        }
      }
    }
  }

  /** The snapshot was held for longer than the limit allows. */
  static final class TeLang extends Exception {
    TeLang() {
      super("bouwtijd over de grens", null, false, false);
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
