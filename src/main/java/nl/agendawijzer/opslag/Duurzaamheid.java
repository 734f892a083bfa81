package nl.agendawijzer.opslag;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * A write is answered 2xx, and the folder command reports a page, only after its commit is durable
 * (docs/adr/0020-acknowledged-means-durable.md). Configuration makes commits so ({@code
 * WRITE_DELAY=0} in the H2 URL, {@code synchronous_commit} for each PostgreSQL connection); this
 * reads back what the database really does, because an H2 URL of the operator's own or a server
 * setting such as PostgreSQL's {@code fsync=off} would silently give it away. On start it logs the
 * settings, and a warning for each one that trades durability for speed.
 */
@ApplicationScoped
public class Duurzaamheid {

  private static final Logger LOG = Logger.getLogger(Duurzaamheid.class);

  /** The settings each database has that decide whether a commit is on disk when it returns. */
  private static final Map<String, List<String>> INSTELLINGEN =
      Map.of(
          "H2",
          List.of("WRITE_DELAY"),
          "PostgreSQL",
          List.of("fsync", "synchronous_commit", "wal_sync_method", "full_page_writes"));

  @Inject AgroalDataSource dataSource;

  void opStart(@Observes StartupEvent start) {
    Map<String, String> instellingen = instellingen();
    List<String> bezwaren = bezwaren(instellingen);
    if (bezwaren.isEmpty()) {
      LOG.infof("Een bevestigde schrijfactie is duurzaam vastgelegd: %s", instellingen);
    }
    bezwaren.forEach(b -> LOG.warnf("Bevestigde schrijfacties zijn niet duurzaam: %s", b));
  }

  /** The database product and its durability settings as one connection of the pool sees them. */
  public Map<String, String> instellingen() {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      String product = c.getMetaData().getDatabaseProductName();
      Map<String, String> uit = new LinkedHashMap<>();
      uit.put("database", product);
      for (String naam : INSTELLINGEN.getOrDefault(product, List.of())) {
        uit.put(naam, lees(s, product, naam));
      }
      return uit;
    } catch (SQLException e) {
      throw new IllegalStateException("Kan de instellingen van de database niet lezen", e);
    }
  }

  private static String lees(Statement s, String product, String naam) throws SQLException {
    String sql =
        product.equals("H2")
            ? "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = '"
                + naam
                + "'"
            : "SHOW " + naam;
    try (ResultSet r = s.executeQuery(sql)) {
      return r.next() ? r.getString(1) : null;
    }
  }

  /** What in these settings lets an acknowledged commit be lost; empty when none does. */
  public static List<String> bezwaren(Map<String, String> instellingen) {
    List<String> bezwaren = new ArrayList<>();
    String product = instellingen.getOrDefault("database", "");
    if (product.equals("H2") && !"0".equals(instellingen.get("WRITE_DELAY"))) {
      bezwaren.add(
          "H2 WRITE_DELAY is "
              + instellingen.get("WRITE_DELAY")
              + " ms: een commit blijft zo lang in het geheugen en is weg na kill -9");
    }
    if (product.equals("PostgreSQL")) {
      if (!"on".equals(lower(instellingen.get("fsync")))) {
        bezwaren.add("PostgreSQL fsync is off: een commit is weg bij stroomuitval of OS-crash");
      }
      // Every value but off (on, local, remote_write, remote_apply) waits for the local WAL flush.
      if ("off".equals(lower(instellingen.get("synchronous_commit")))) {
        bezwaren.add(
            "PostgreSQL synchronous_commit is "
                + instellingen.get("synchronous_commit")
                + ": het antwoord komt voor de WAL op schijf staat");
      }
    }
    return bezwaren;
  }

  private static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }
}
