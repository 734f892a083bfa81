package nl.agendawijzer.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The dates this API reads, in bodies and in parameters: years 1800 to 9999. The council's records
 * lie well within it, both databases store all of it, and four-digit years are what ISO 8601 and
 * the contract's {@code format: date} write without a sign.
 */
public final class Datumbereik {

  public static final LocalDate VAN = LocalDate.of(1800, 1, 1);
  public static final LocalDate TOT_EN_MET = LocalDate.of(9999, 12, 31);

  /** The reason given for a date that does not parse or lies outside the range. */
  public static final String REDEN =
      "is geen bestaande datum JJJJ-MM-DD tussen " + VAN + " en " + TOT_EN_MET;

  private Datumbereik() {}

  public static boolean binnen(LocalDate datum) {
    return !datum.isBefore(VAN) && !datum.isAfter(TOT_EN_MET);
  }

  public static boolean binnen(Instant moment) {
    return !moment.isBefore(VAN.atStartOfDay(ZoneOffset.UTC).toInstant())
        && moment.isBefore(TOT_EN_MET.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
  }
}
