package nl.agendawijzer.zoeken;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text as the search index and a search both see it: lower case, accents stripped (é is e), every
 * other character a word break, and a {@code ?} inside a word dropped. The reference page has
 * "Barrie?res": a character lost in an earlier conversion became {@code ?}; the source keeps it
 * verbatim, and only this normalised copy drops it, so "barrieres" and "barrières" find it.
 */
public final class Zoektekst {

  private static final Pattern ACCENTEN = Pattern.compile("\\p{M}+");
  private static final Pattern VERLOREN_TEKEN = Pattern.compile("(?<=\\p{L})\\?(?=\\p{L})");
  private static final Pattern GEEN_WOORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private Zoektekst() {}

  /** The normalised text, words separated by one space, with a space before and after. */
  public static String normaliseer(String tekst) {
    if (tekst == null || tekst.isBlank()) {
      return " ";
    }
    String zonderVerloren = VERLOREN_TEKEN.matcher(tekst).replaceAll("");
    String zonderAccenten =
        ACCENTEN.matcher(Normalizer.normalize(zonderVerloren, Normalizer.Form.NFD)).replaceAll("");
    String woorden =
        GEEN_WOORD.matcher(zonderAccenten.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    return " " + woorden + " ";
  }

  /** The words of a search, normalised like the index. */
  public static List<String> woorden(String zoek) {
    return Arrays.stream(normaliseer(zoek).strip().split(" ")).filter(w -> !w.isEmpty()).toList();
  }

  /**
   * A crude Dutch stem for matching on H2: plural and inflection endings (-en, -s, -e) are cut, so
   * "barrieres", "barriere" and "barrières" all become "barrier" and match as a word prefix.
   * PostgreSQL uses its own Dutch (Snowball) stemmer instead.
   */
  public static String stam(String woord) {
    String stam = woord;
    if (stam.length() > 5 && stam.endsWith("en")) {
      stam = stam.substring(0, stam.length() - 2);
    } else if (stam.length() > 4 && stam.endsWith("s")) {
      stam = stam.substring(0, stam.length() - 1);
    }
    if (stam.length() > 4 && stam.endsWith("e")) {
      stam = stam.substring(0, stam.length() - 1);
    }
    return stam;
  }
}
