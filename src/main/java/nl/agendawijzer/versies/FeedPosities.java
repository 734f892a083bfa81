package nl.agendawijzer.versies;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import nl.agendawijzer.opslag.Tabellen;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

/**
 * Gives revisions their place in the feed when their transaction commits, not when they are made:
 * an identity handed out at insert becomes visible at commit, so a higher number could be seen
 * before a lower one and a follower resuming after it would skip the lower one for ever.
 *
 * <p>A revision is inserted with a provisional, negative volgnummer (unique across replicas: a
 * database sequence gives each transaction a block of them). Just before commit this transaction
 * takes the row lock of the one row of {@code feed_positie}, moves the counter past its revisions
 * and renumbers them in the order they were made; the lock is held until commit, so places are
 * handed out in commit order and a place is visible only when every place below it is. The lock is
 * taken last, after the last flush, so its holder waits for nothing else: no deadlock, and it is
 * held for a few statements only. A rollback rolls the counter back with it. See
 * docs/adr/0015-feed-in-commitvolgorde.md.
 */
@ApplicationScoped
public class FeedPosities {

  private static final Duration MICROSECONDE = Duration.ofNanos(1_000);

  /** Revisions a transaction numbers per sequence value; far below 2^63 / the sequence's range. */
  private static final long BLOKGROOTTE = 1L << 24;

  @Inject EntityManager entityManager;
  @Inject TransactionSynchronizationRegistry transacties;
  @Inject TransactionManager transactionManager;
  @Inject Clock clock;
  @Inject DataSource dataSource;
  @Inject Event<VoorCommit> voorCommit;

  @Inject Tabellen tabellen;

  /** A provisional volgnummer for a revision made in this transaction; replaced at commit. */
  @Transactional(Transactional.TxType.MANDATORY)
  long voorlopig() {
    Vastlegging vastlegging = (Vastlegging) transacties.getResource(FeedPosities.class);
    if (vastlegging == null) {
      vastlegging = new Vastlegging();
      transacties.putResource(FeedPosities.class, vastlegging);
      // Not interposed: those run later (the pool's closes this transaction's connection).
      try {
        transactionManager.getTransaction().registerSynchronization(vastlegging);
      } catch (RollbackException | SystemException e) {
        throw new IllegalStateException("Transactie kan geen revisies meer vastleggen", e);
      }
    }
    return -vastlegging.volgende();
  }

  /** The highest committed volgnummer: one row read, whatever the size of the history. */
  @Transactional
  public long feedPositie() {
    return stand().volgnummer();
  }

  /**
   * Where a client resumes: every change up to this place and moment is committed and visible, and
   * every later one will have a higher place and a later moment. Read before a page is queried.
   */
  @Transactional
  public Stand stand() {
    Object[] rij =
        (Object[])
            entityManager
                .createNativeQuery(
                    "select volgnummer, vastgelegd_op from {h-schema}feed_positie where id = 1")
                .unwrap(NativeQuery.class)
                .addScalar("volgnummer", StandardBasicTypes.LONG)
                .addScalar("vastgelegd_op", StandardBasicTypes.INSTANT)
                .getSingleResult();
    return new Stand((Long) rij[0], (Instant) rij[1]);
  }

  /** A place in the feed and the commit moment of the change at that place. */
  public record Stand(long volgnummer, Instant vastgelegdOp) {}

  private long volgendBlok() {
    // Without a flush: a native query otherwise flushes (dirty-checks) the whole persistence
    // context first.
    return ((Number)
            entityManager
                .createNativeQuery(volgendeVoorlopig())
                .setFlushMode(FlushModeType.COMMIT)
                .getSingleResult())
        .longValue();
  }

  private String volgendeVoorlopig() {
    String sequence = tabellen.naam("revisie_voorlopig");
    return entityManager
        .getEntityManagerFactory()
        .unwrap(SessionFactoryImplementor.class)
        .getJdbcServices()
        .getDialect()
        .getSequenceSupport()
        .getSequenceNextValString(sequence);
  }

  /** The revisions of one transaction, placed in the feed just before it commits. */
  private final class Vastlegging implements Synchronization {

    /**
     * This transaction's blocks of provisional numbers, in the order taken: one sequence value per
     * block, not one per revision. The last block is the one being filled.
     */
    private final List<Blok> blokken = new ArrayList<>();

    /**
     * The next provisional number, unique across transactions and replicas: its block is a value of
     * the sequence, its place in the block counts this transaction's revisions. A change that
     * records thousands of versions so costs one round trip to the sequence, not thousands, and is
     * renumbered with one statement per block.
     */
    long volgende() {
      Blok laatste = blokken.isEmpty() ? null : blokken.get(blokken.size() - 1);
      if (laatste == null || laatste.gebruikt == BLOKGROOTTE) {
        laatste = new Blok(volgendBlok() * BLOKGROOTTE);
        blokken.add(laatste);
      }
      return laatste.begin + laatste.gebruikt++;
    }

    @Override
    public void beforeCompletion() {
      if (transacties.getTransactionStatus() != Status.STATUS_ACTIVE) {
        return;
      }
      // Everything else this transaction writes goes first, so the lock is the last one taken.
      voorCommit.fire(new VoorCommit());
      entityManager.flush();
      // Plain JDBC on the transaction's connection: Hibernate may have released its handle for
      // this transaction already, and one taken through it now would be left open at commit.
      try (Connection verbinding = dataSource.getConnection()) {
        vastleggen(verbinding);
      } catch (SQLException e) {
        throw new IllegalStateException("Revisies niet in de feed geplaatst", e);
      }
    }

    private void vastleggen(Connection verbinding) throws SQLException {
      long aantal = blokken.stream().mapToLong(b -> b.gebruikt).sum();
      // An update, not a read: it waits for the lock and then sees the last committed counter.
      try (PreparedStatement teller =
          verbinding.prepareStatement(
              "update "
                  + tabellen.naam("feed_positie")
                  + " set volgnummer = volgnummer + ? where id = 1")) {
        teller.setLong(1, aantal);
        teller.executeUpdate();
      }
      long hoogste;
      Instant vorige;
      try (PreparedStatement stand =
              verbinding.prepareStatement(
                  "select volgnummer, vastgelegd_op from "
                      + tabellen.naam("feed_positie")
                      + " where id = 1");
          ResultSet rij = stand.executeQuery()) {
        rij.next();
        hoogste = rij.getLong(1);
        vorige = rij.getObject(2, OffsetDateTime.class).toInstant();
      }
      Instant nu = clock.instant();
      OffsetDateTime moment =
          (nu.isAfter(vorige) ? nu : vorige.plus(MICROSECONDE)).atOffset(ZoneOffset.UTC);
      try (PreparedStatement tijd =
          verbinding.prepareStatement(
              "update " + tabellen.naam("feed_positie") + " set vastgelegd_op = ? where id = 1")) {
        tijd.setObject(1, moment);
        tijd.executeUpdate();
      }
      // The revisions of a block hold -begin, -(begin + 1), ... in the order they were made, so
      // one statement per block gives them their consecutive places: place = start + (-v - begin).
      try (PreparedStatement plaats =
          verbinding.prepareStatement(
              "update "
                  + tabellen.naam("revisie")
                  + " set volgnummer = ? - volgnummer, vastgelegd_op = ?"
                  + " where volgnummer between ? and ?")) {
        long start = hoogste - aantal + 1;
        for (Blok blok : blokken) {
          plaats.setLong(1, start - blok.begin);
          plaats.setObject(2, moment);
          plaats.setLong(3, -(blok.begin + blok.gebruikt - 1));
          plaats.setLong(4, -blok.begin);
          plaats.addBatch();
          start += blok.gebruikt;
        }
        plaats.executeBatch();
      }
    }

    @Override
    public void afterCompletion(int status) {}
  }

  /** Provisional numbers begin, begin + 1, ..., of which the first {@code gebruikt} are taken. */
  private static final class Blok {
    final long begin;
    long gebruikt;

    Blok(long begin) {
      this.begin = begin;
    }
  }
}
