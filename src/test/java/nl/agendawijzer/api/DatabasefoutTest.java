package nl.agendawijzer.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Constraint errors as H2 and PostgreSQL word them, and what the client is told. */
class DatabasefoutTest {

  private static Databasefout van(String state, String tekst) {
    return Databasefout.van(new SQLException(tekst, state));
  }

  @Test
  void aRowStillReferencedIsA409SayingByWhat() {
    Databasefout pg =
        van(
            "23503",
            "ERROR: update or delete on table \"voorstel\" violates foreign key constraint"
                + " \"stemming_voorstel_nummer_fkey\" on table \"stemming\"\n  Detail: Key"
                + " (nummer)=(23161.001) is still referenced from table \"stemming\".");
    Databasefout h2 =
        van(
            "23503",
            "Referential integrity constraint violation: \"CONSTRAINT_8A: PUBLIC.FRACTIE_UITSLAG"
                + " FOREIGN KEY(FRACTIE_ID) REFERENCES PUBLIC.FRACTIE(ID) ('vvd')\"; SQL"
                + " statement: delete from fractie where id=? [23503-240]");

    assertThat(pg.status()).isEqualTo(409);
    assertThat(pg.detail()).contains("wordt nog gebruikt door stemmingen");
    assertThat(h2.status()).isEqualTo(409);
    assertThat(h2.detail()).contains("uitslagen van fracties bij stemmingen");
  }

  @Test
  void aReferenceToAMissingRowIsA400OnItsField() {
    Databasefout h2 =
        van(
            "23506",
            "Referential integrity constraint violation: \"CONSTRAINT_8A: PUBLIC.STEMMING FOREIGN"
                + " KEY(VOORSTEL_NUMMER) REFERENCES PUBLIC.VOORSTEL(NUMMER) ('1.001')\"");
    Databasefout pg =
        van(
            "23503",
            "ERROR: insert or update on table \"stemming\" violates foreign key constraint"
                + " \"stemming_vergadering_id_fkey\"\n  Detail: Key (vergadering_id)=(x) is not"
                + " present in table \"vergadering\".");

    assertThat(h2.status()).isEqualTo(400);
    assertThat(h2.veld()).isEqualTo("voorstel");
    assertThat(pg.status()).isEqualTo(400);
    assertThat(pg.veld()).isEqualTo("vergadering");
  }

  @Test
  void aDuplicateIsA409NamingTheField() {
    Databasefout pg =
        van(
            "23505",
            "ERROR: duplicate key value violates unique constraint \"sleutel_naam_key\"\n  Detail:"
                + " Key (naam)=(Griffie) already exists.");
    Databasefout h2 =
        van(
            "23505",
            "Unique index or primary key violation: \"PUBLIC.CONSTRAINT_INDEX_9 ON"
                + " PUBLIC.SLEUTEL(NAAM NULLS FIRST) VALUES ( /* 1 */ 'Griffie' )\"");

    assertThat(pg.status()).isEqualTo(409);
    assertThat(pg.veld()).isEqualTo("naam");
    assertThat(pg.detail()).contains("dezelfde naam");
    assertThat(h2.veld()).isEqualTo("naam");
  }

  @Test
  void otherRefusedValuesAreA400NamingTheField() {
    assertThat(
            van(
                "23502",
                "ERROR: null value in column \"titel\" of relation \"voorstel\" violates not-null"
                    + " constraint"))
        .extracting(Databasefout::status, Databasefout::veld)
        .containsExactly(400, "titel");
    assertThat(
            van("22001", "Value too long for column \"NUMMER CHARACTER VARYING(60)\": ...").veld())
        .isEqualTo("nummer");
    assertThat(
            van(
                    "23514",
                    "ERROR: new row for relation \"stemming\" violates check constraint"
                        + " \"stemming_voor_check\"")
                .veld())
        .isEqualTo("voor");
    assertThat(van("22001", "ERROR: value too long for type character varying(60)").veld())
        .isEqualTo("body");
  }

  @Test
  void aDatabaseThatCannotBeReachedIsToldFromOtherFailuresHoweverItIsWrapped() {
    // pgjdbc's refused connection, Agroal's acquisition timeout (no SQLSTATE), each as Hibernate
    // and the transaction interceptor pass them on.
    SQLException geweigerd = new SQLException("Connection to 127.0.0.1:18111 refused", "08001");
    SQLException geenVerbinding = new SQLException("Sorry, acquisition timeout!");
    RuntimeException ingepakt =
        new IllegalStateException(
            "transactie",
            new org.hibernate.exception.GenericJDBCException("query", geenVerbinding));

    assertThat(Databasefout.onbereikbaar(geweigerd)).isTrue();
    assertThat(Databasefout.onbereikbaar(ingepakt)).isTrue();
    assertThat(
            Databasefout.onbereikbaar(
                new org.hibernate.exception.JDBCConnectionException("verbroken", geweigerd)))
        .isTrue();
    assertThat(Databasefout.onbereikbaar(new SQLException("duplicate key", "23505"))).isFalse();
    assertThat(Databasefout.onbereikbaar(new IllegalStateException("iets anders"))).isFalse();
  }
}
