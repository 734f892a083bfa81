package nl.agendawijzer.embed;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.agendawijzer.voorstel.StemmingView;
import nl.agendawijzer.voorstel.Uitslag;
import nl.agendawijzer.voorstel.VoorstelView;

/**
 * What the widget card shows of a voorstel: the last vote's outcome, numbers and date. Text from
 * the data goes into the template as it is; the template escapes it.
 */
public record Kaart(
    String nummer,
    String titel,
    String soort,
    String uitslag,
    boolean aanvaard,
    Integer voor,
    Integer tegen,
    String datum,
    String datumIso,
    String onderwerpUrl,
    String widgetUrl,
    String oembedUrl) {

  private static final DateTimeFormatter DATUM =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));

  static Kaart van(VoorstelView v, String origin, String widgetUrl, String oembedUrl) {
    StemmingView laatste =
        v.stemmingen().isEmpty() ? null : v.stemmingen().get(v.stemmingen().size() - 1);
    LocalDate datum = laatste == null ? null : laatste.datum();
    return new Kaart(
        v.nummer(),
        v.titel() == null || v.titel().isBlank() ? "Voorstel " + v.nummer() : v.titel(),
        // A kind the page did not name is no news to a reader: "Voorstel" says enough.
        v.soort().name().equals("ONBEKEND") ? "Voorstel" : woorden(v.soort().name()),
        v.uitslag() == null ? "Nog niet gestemd" : woorden(v.uitslag().name()),
        v.uitslag() == Uitslag.AANVAARD,
        laatste == null ? null : laatste.voor(),
        laatste == null ? null : laatste.tegen(),
        datum == null ? null : DATUM.format(datum),
        datum == null ? null : datum.toString(),
        v.onderwerp() == null ? null : origin + "/v1/onderwerpen/" + v.onderwerp(),
        widgetUrl,
        oembedUrl);
  }

  /** STEMMEN_STAKEN as "Stemmen staken". */
  private static String woorden(String constante) {
    String tekst = constante.replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(tekst.charAt(0)) + tekst.substring(1);
  }

  public boolean heeftStemmen() {
    return voor != null && tegen != null;
  }

  /** The share of votes for, in percent with one decimal, for the width of the bar. */
  public String procentVoor() {
    if (!heeftStemmen() || voor + tegen == 0) {
      return "0";
    }
    return String.format(Locale.ROOT, "%.1f", 100.0 * voor / (voor + tegen));
  }

  public String procentTegen() {
    if (!heeftStemmen() || voor + tegen == 0) {
      return "0";
    }
    return String.format(Locale.ROOT, "%.1f", 100.0 * tegen / (voor + tegen));
  }
}
