package nl.agendawijzer.opslag;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Semaphore;
import javax.sql.DataSource;

/**
 * Whether the work a start-up observer does once (loading the reference data, the basislijn, the
 * stored checks, the search index) can still be needed, asked with one JDBC query of one row. On a
 * restart there is nothing to do, and finding that through Hibernate compiled the observers' HQL
 * and loaded their entities before the first request: about a second of every start
 * (docs/adr/0022). Only a "nothing to do" is taken from here; when there may be work, the
 * observer's own check runs in its transaction, after {@link #houdStartwerkVast()}, so of replicas
 * starting at once on one database only the first does the work (docs/adr/0025).
 */
@ApplicationScoped
public class Startcontrole {

  /** The key of PostgreSQL's advisory lock for start-up work: "AgWzSt" in ASCII, ours alone. */
  static final long STARTWERK = 0x4167_577a_5374L;

  /**
   * How long a replica waits for another's start-up work: longer than the 10 s lock timeout of a
   * request, since loading the reference data on a busy machine can take that long; bounded, so a
   * stuck holder makes the start fail instead of hang.
   */
  static final String WACHTTIJD = "2min";

  /**
   * H2 is opened by one process only (its file lock), so a lock in this JVM gives what the advisory
   * lock gives across replicas; start-up observers run one after another, and tests call the jobs
   * from several threads.
   */
  private final Semaphore startwerkInDezeJvm = new Semaphore(1);

  @Inject DataSource dataSource;

  @Inject Tabellen tabellen;

  @Inject TransactionSynchronizationRegistry transacties;

  /**
   * Waits until no other replica does start-up work, and keeps the others waiting until the current
   * transaction ends. Call it first in the transaction of a start-up job, before the job checks
   * whether it still has work: a replica that waited then finds the work done and committed.
   */
  public void houdStartwerkVast() {
    if (transacties.getTransactionStatus() != Status.STATUS_ACTIVE) {
      throw new IllegalStateException("Startwerk wordt alleen binnen een transactie vastgehouden");
    }
    if (transacties.getResource(STARTWERK) != null) {
      return;
    }
    transacties.putResource(STARTWERK, Boolean.TRUE);
    // Agroal gives the connection of the current transaction: the lock ends with its commit.
    try (Connection verbinding = dataSource.getConnection()) {
      if (verbinding.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
        try (Statement vraag = verbinding.createStatement()) {
          vraag.execute("select set_config('lock_timeout', '" + WACHTTIJD + "', true)");
          vraag.execute("select pg_advisory_xact_lock(" + STARTWERK + ")");
        }
        return;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Kan het startwerk niet vasthouden", e);
    }
    startwerkInDezeJvm.acquireUninterruptibly();
    transacties.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            startwerkInDezeJvm.release();
          }
        });
  }

  /** Whether {@code tabel} has a row at all. */
  public boolean heeftRij(String tabel) {
    return heeftRij(tabel, "1 = 1");
  }

  /** Whether {@code tabel} has a row for which {@code voorwaarde} (SQL of this code) holds. */
  public boolean heeftRij(String tabel, String voorwaarde) {
    String sql =
        "select 1 from "
            + tabellen.naam(tabel)
            + " where "
            + voorwaarde
            + " fetch first 1 rows only";
    try (Connection verbinding = dataSource.getConnection();
        Statement vraag = verbinding.createStatement();
        ResultSet rij = vraag.executeQuery(sql)) {
      return rij.next();
    } catch (SQLException e) {
      throw new IllegalStateException("Kan " + tabel + " niet lezen bij de start", e);
    }
  }
}
