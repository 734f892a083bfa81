package nl.agendawijzer.importeren;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import nl.agendawijzer.api.Nummers;

/** The council's numbering schemes (FORMAT.md section 8) and the key of a page without one. */
final class Raadsnummers {

  /** A number-like group in parentheses, as it follows an item's title. */
  static final String GROEP = "\\d{5}(?:\\.\\d{3})?|RV-?\\d+(?:[-/]\\d{4})?|RG-?\\d+/\\d{4}";

  /** Prefix of the key of a page that prints no number at all: AW- plus a hash of its title. */
  static final String SLEUTEL_ZONDER_NUMMER = "AW-";

  private Raadsnummers() {}

  /** One number as printed, its canonical form (upper case, no hyphen) and its scheme. */
  public record Nummer(String ruw, String canoniek, Schema schema) {}

  public enum Schema {
    YYNNN,
    YYNNN_SSS,
    RV,
    RG,
    OVERIG
  }

  static Nummer lees(String ruw) {
    String upper = ruw.strip().toUpperCase(Locale.ROOT);
    Schema schema = Schema.valueOf(Nummers.schema(upper));
    return new Nummer(ruw.strip(), upper.replace("-", ""), schema);
  }

  /**
   * The stored identifier of a number: as printed, in upper case ({@code rg201/2022} becomes {@code
   * RG201/2022}, {@code RG-341/2022} stays as it is). Kept close to the page so a reader finds it.
   */
  static String sleutel(String ruw) {
    return ruw.strip().toUpperCase(Locale.ROOT);
  }

  /** The first five digits of a YYNNN(.SSS) number; null for other schemes. */
  static String basis(String nummer) {
    return nummer.length() >= 5 && nummer.substring(0, 5).chars().allMatch(Character::isDigit)
        ? nummer.substring(0, 5)
        : null;
  }

  /**
   * The documented key of a page without any number: {@code AW-} and the first 10 hex digits of the
   * SHA-256 of its title in lower case with runs of white space as one space. Stable as long as the
   * title is, so the same page imports onto the same onderwerp.
   */
  static String sleutelZonderNummer(String titel) {
    String norm = titel.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    return SLEUTEL_ZONDER_NUMMER + sha256(norm).substring(0, 10);
  }

  static String sha256(String tekst) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(tekst.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
