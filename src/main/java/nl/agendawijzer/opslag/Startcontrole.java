package nl.agendawijzer.opslag;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Whether the work a start-up observer does once (loading the reference data, the basislijn, the
 * stored checks, the search index) can still be needed, asked with one JDBC query of one row. On a
 * restart there is nothing to do, and finding that through Hibernate compiled the observers' HQL
 * and loaded their entities before the first request: about a second of every start
 * (docs/adr/0022). Only a "nothing to do" is taken from here; when there may be work, the
 * observer's own check runs in its transaction as before, so replicas starting at once behave as
 * they did.
 */
@ApplicationScoped
public class Startcontrole {

  @Inject DataSource dataSource;

  @Inject Tabellen tabellen;

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
