package nl.agendawijzer.zoeken;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import nl.agendawijzer.opslag.Startcontrole;
import nl.agendawijzer.opslag.Tabellen;
import nl.agendawijzer.versies.ResourceType;
import nl.agendawijzer.versies.Vastgelegd;
import nl.agendawijzer.versies.VoorCommit;

/**
 * Keeps the search index in step with the served representations: every recorded version of an
 * onderwerp or voorstel rewrites its index row in the same transaction; a deletion removes it. The
 * rows are collected while the transaction records versions and written just before it commits, in
 * JDBC batches: a change of seats over a term re-versions thousands of voorstellen, and one round
 * trip per row was most of its time on PostgreSQL (bench/seat-change.sh).
 */
@ApplicationScoped
public class Zoekindex {

  private static final int BATCH = 500;

  @Inject EntityManager entityManager;
  @Inject ObjectMapper json;
  @Inject TransactionSynchronizationRegistry transacties;
  @Inject DataSource dataSource;
  @Inject Startcontrole startcontrole;

  @Inject Tabellen tabellen;

  /** An index row; the text is null for a resource that was deleted. */
  private record Rij(ResourceType type, String sleutel, String titel, String tekst) {

    static Rij van(ResourceType type, String sleutel, JsonNode inhoud) {
      if (inhoud == null) {
        return new Rij(type, sleutel, null, null);
      }
      return new Rij(
          type,
          sleutel,
          Zoektekst.normaliseer(inhoud.path("titel").asText("")),
          Zoektekst.normaliseer(String.join(" ", doorzochteTekst(type, inhoud))));
    }
  }

  void bijVersie(@Observes Vastgelegd versie) {
    if (versie.type() != ResourceType.ONDERWERP && versie.type() != ResourceType.VOORSTEL) {
      return;
    }
    @SuppressWarnings("unchecked")
    Map<String, Rij> wachtend = (Map<String, Rij>) transacties.getResource(Zoekindex.class);
    if (wachtend == null) {
      wachtend = new LinkedHashMap<>();
      transacties.putResource(Zoekindex.class, wachtend);
    }
    // The newest version of a resource in this transaction is the one indexed.
    wachtend.put(
        versie.type() + " " + versie.sleutel(),
        Rij.van(versie.type(), versie.sleutel(), versie.inhoud()));
  }

  void voorCommit(@Observes VoorCommit commit) {
    @SuppressWarnings("unchecked")
    Map<String, Rij> wachtend = (Map<String, Rij>) transacties.getResource(Zoekindex.class);
    if (wachtend == null || wachtend.isEmpty()) {
      return;
    }
    schrijf(wachtend.values());
    wachtend.clear();
  }

  /**
   * Replaces the index rows of these resources, on the transaction's own connection (plain JDBC: at
   * commit Hibernate may have released its handle already, see FeedPosities).
   */
  private void schrijf(Collection<Rij> rijen) {
    String tabel = tabellen.naam("zoekdocument");
    try (Connection verbinding = dataSource.getConnection();
        PreparedStatement weg =
            verbinding.prepareStatement(
                "delete from " + tabel + " where type = ? and sleutel = ?");
        PreparedStatement nieuw =
            verbinding.prepareStatement(
                "insert into " + tabel + " (type, sleutel, titel, tekst) values (?, ?, ?, ?)")) {
      int inBatch = 0;
      for (Rij rij : rijen) {
        weg.setString(1, rij.type().name());
        weg.setString(2, rij.sleutel());
        weg.addBatch();
        if (rij.titel() != null) {
          nieuw.setString(1, rij.type().name());
          nieuw.setString(2, rij.sleutel());
          nieuw.setString(3, rij.titel());
          nieuw.setString(4, rij.tekst());
          nieuw.addBatch();
        }
        if (++inBatch == BATCH) {
          weg.executeBatch();
          nieuw.executeBatch();
          inBatch = 0;
        }
      }
      weg.executeBatch();
      nieuw.executeBatch();
    } catch (SQLException e) {
      throw new IllegalStateException("Zoekindex niet bijgewerkt", e);
    }
  }

  /** What is searched besides the titel: an onderwerp's inleiding, secties and doelen. */
  private static List<String> doorzochteTekst(ResourceType type, JsonNode inhoud) {
    List<String> delen = new ArrayList<>();
    if (type == ResourceType.ONDERWERP) {
      delen.add(inhoud.path("inleiding").asText(""));
      inhoud
          .path("secties")
          .forEach(s -> delen.add(s.path("kop").asText("") + " " + s.path("tekst").asText("")));
      inhoud.path("doelen").forEach(d -> delen.add(d.path("tekst").asText("")));
    } else {
      delen.add(inhoud.path("soortTekst").asText(""));
    }
    return delen;
  }

  /**
   * A database made before the index existed gets it from the newest stored version of every
   * onderwerp and voorstel that is not deleted, once.
   */
  void vulBijStart(@Observes StartupEvent start) {
    // An index with a row is filled; only an empty one is counted again in a transaction.
    if (!startcontrole.heeftRij("zoekdocument")) {
      vulAlsLeeg();
    }
  }

  @Transactional
  void vulAlsLeeg() {
    startcontrole.houdStartwerkVast();
    Number rijen =
        (Number)
            entityManager
                .createNativeQuery("select count(*) from {h-schema}zoekdocument")
                .getSingleResult();
    if (rijen.longValue() > 0) {
      return;
    }
    @SuppressWarnings("unchecked")
    List<Object[]> laatste =
        entityManager
            .createNativeQuery(
                "select r.type, r.sleutel, r.inhoud from {h-schema}revisie r"
                    + " where r.type in ('ONDERWERP', 'VOORSTEL') and r.volgnummer ="
                    + " (select max(l.volgnummer) from {h-schema}revisie l"
                    + " where l.type = r.type and l.sleutel = r.sleutel)"
                    + " and r.inhoud is not null")
            .getResultList();
    schrijf(
        laatste.stream()
            .map(
                rij -> {
                  ResourceType type = ResourceType.valueOf((String) rij[0]);
                  try {
                    return Rij.van(type, (String) rij[1], json.readTree((String) rij[2]));
                  } catch (JsonProcessingException e) {
                    throw new IllegalStateException("Opgeslagen versie is geen JSON", e);
                  }
                })
            .toList());
  }
}
