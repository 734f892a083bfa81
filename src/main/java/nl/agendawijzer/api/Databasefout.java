package nl.agendawijzer.api;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a constraint error of the database means for the client, read from its SQLSTATE and the
 * message of H2 or PostgreSQL: a row that is still referenced or a real duplicate (409, saying
 * which), or a value the schema refuses (400, naming the field). Input is validated before it
 * reaches the database; this explains what a concurrent write or a missed rule lets through.
 */
record Databasefout(int status, String veld, String detail) {

  private static final Pattern PG_VERWEZEN = Pattern.compile("referenced from table \"(\\w+)\"");
  private static final Pattern H2_VERWIJZING =
      Pattern.compile(
          "(?:\\w+\\.)?\"?(\\w+)\"? FOREIGN KEY\\(\"?(\\w+)\"?\\)", Pattern.CASE_INSENSITIVE);
  private static final Pattern PG_SLEUTEL = Pattern.compile("Key \\(([^)]+)\\)=");
  private static final Pattern H2_UNIEK =
      Pattern.compile("ON (?:\\w+\\.)?\"?\\w+\"?\\(\"?(\\w+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern KOLOM = Pattern.compile("column \"(\\w+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern PG_CHECK =
      Pattern.compile("check constraint \"\\w+?_(\\w+)_check\"");
  private static final Pattern H2_CHECK =
      Pattern.compile(
          "Check constraint violation: \"[^:]*: \\(?\"?(\\w+)", Pattern.CASE_INSENSITIVE);

  /** What the tables that refer to others are called for a reader of the API. */
  private static final Map<String, String> TABELLEN =
      Map.ofEntries(
          Map.entry("stemming", "stemmingen"),
          Map.entry("fractie_uitslag", "uitslagen van fracties bij stemmingen"),
          Map.entry("voorstel", "voorstellen"),
          Map.entry("tijdlijn_bericht", "de tijdlijn van een onderwerp"),
          Map.entry("document", "documenten"),
          Map.entry("doel", "doelen"),
          Map.entry("onderwerp_nummer", "nummers van een onderwerp"),
          Map.entry("zetel_periode", "zetelperioden"));

  /** Columns whose field in the representations has another name than the column. */
  private static final Map<String, String> VELDEN =
      Map.of(
          "raadsnummer", "onderwerp",
          "vergaderingId", "vergadering",
          "voorstelNummer", "voorstel",
          "fractieId", "fractie");

  /** How long a client waits before it asks again while the database cannot be reached. */
  static final long OPNIEUW_NA_SECONDEN = 5;

  static final String ONBEREIKBAAR =
      "De database is op dit moment niet bereikbaar; er is niets gewijzigd. Probeer het over enkele"
          + " seconden opnieuw.";

  /**
   * Whether {@code e}, however Hibernate, Narayana or Quarkus wrapped it, says the database could
   * not be reached: a connection failure (SQLSTATE class 08, Hibernate's JDBCConnectionException)
   * or Agroal giving up waiting for a connection, which it reports without a SQLSTATE. That is a
   * 503 the client may retry, not a fault of ours (docs/adr/0025).
   */
  static boolean onbereikbaar(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof org.hibernate.exception.JDBCConnectionException
          || t instanceof java.sql.SQLTransientConnectionException
          || t instanceof java.sql.SQLNonTransientConnectionException) {
        return true;
      }
      if (t instanceof SQLException sql
          && ((sql.getSQLState() != null && sql.getSQLState().startsWith("08"))
              || (sql.getMessage() != null && sql.getMessage().contains("acquisition timeout")))) {
        return true;
      }
    }
    return false;
  }

  static Databasefout van(SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    String tekst = e.getMessage() == null ? "" : e.getMessage();
    return switch (state) {
      case "23503", "23506" -> verwijzing(state, tekst);
      case "23505" ->
          new Databasefout(
              409,
              eerste(tekst, PG_SLEUTEL, H2_UNIEK).map(Databasefout::veldnaam).orElse(null),
              "Dit bestaat al: een ander verzoek heeft zojuist hetzelfde aangemaakt"
                  + eerste(tekst, PG_SLEUTEL, H2_UNIEK)
                      .map(k -> " (dezelfde " + veldnaam(k) + ")")
                      .orElse("")
                  + ". Haal het op.");
      default ->
          new Databasefout(
              400,
              eerste(tekst, KOLOM, PG_CHECK, H2_CHECK).map(Databasefout::veldnaam).orElse("body"),
              "De database weigert deze waarde.");
    };
  }

  /** Deleting what is referenced is a 409; referring to what is gone is a 400 on the field. */
  private static Databasefout verwijzing(String state, String tekst) {
    // H2 has a state of its own for a missing parent; PostgreSQL says so in its message.
    boolean verwezen = state.equals("23503") && !tekst.contains("is not present in table");
    Matcher h2 = H2_VERWIJZING.matcher(tekst);
    boolean vanH2 = h2.find();
    if (verwezen) {
      String door =
          eerste(tekst, PG_VERWEZEN)
              .or(() -> vanH2 ? Optional.of(h2.group(1)) : Optional.empty())
              .map(t -> t.toLowerCase(Locale.ROOT))
              .map(t -> TABELLEN.getOrDefault(t, t))
              .orElse("andere gegevens");
      return new Databasefout(
          409, null, "Dit wordt nog gebruikt door " + door + "; verwijder of wijzig die eerst.");
    }
    String veld =
        (vanH2
                ? Optional.of(veldnaam(h2.group(2)))
                : eerste(tekst, PG_SLEUTEL).map(Databasefout::veldnaam))
            .map(v -> VELDEN.getOrDefault(v, v))
            .orElse("body");
    return new Databasefout(400, veld, "verwijst naar iets dat niet (meer) bestaat");
  }

  @SafeVarargs
  private static Optional<String> eerste(String tekst, Pattern... patronen) {
    for (Pattern p : patronen) {
      Matcher m = p.matcher(tekst);
      if (m.find()) {
        return Optional.of(m.group(1));
      }
    }
    return Optional.empty();
  }

  /** A column (voorstel_nummer, "NAAM") as the field of the representation (voorstelNummer). */
  static String veldnaam(String kolom) {
    String[] delen = kolom.trim().toLowerCase(Locale.ROOT).split("_");
    StringBuilder veld = new StringBuilder(delen[0]);
    for (int i = 1; i < delen.length; i++) {
      if (!delen[i].isEmpty()) {
        veld.append(Character.toUpperCase(delen[i].charAt(0))).append(delen[i].substring(1));
      }
    }
    return veld.toString();
  }
}
