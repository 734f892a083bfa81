package nl.agendawijzer.importeren;

import java.time.LocalDate;
import java.util.List;
import nl.agendawijzer.importeren.Raadsnummers.Nummer;
import nl.agendawijzer.voorstel.Uitslag;
import nl.agendawijzer.voorstel.VoorstelSoort;

/**
 * What the parser read from one Agendawijzer page, before anything is stored. Texts are verbatim
 * (after removing the glossary pop-ups the site injects); normalised values stand beside them.
 * Header fields keep three states apart: null (no line), "" (label without value), a value.
 *
 * @param raadsnummer the key of the onderwerp: the first number of the page, or a derived key (see
 *     {@link Raadsnummers#sleutelZonderNummer}) with a GEEN_NUMMER warning
 * @param nummers every number printed for the topic, in any scheme
 * @param aanwezig the attendance of a meeting summary ("Er waren 41 raadsleden aanwezig."), or null
 */
public record GeparseerdePagina(
    Sjabloon sjabloon,
    String label,
    LocalDate kopDatum,
    String titel,
    String raadsnummer,
    List<Nummer> nummers,
    LocalDate geschrevenOp,
    LocalDate laatstBewerktOp,
    String statusTekst,
    String afbeeldingAlt,
    String inleiding,
    List<Sectie> secties,
    List<String> doelen,
    List<String> documentUrls,
    List<Bericht> berichten,
    Integer aanwezig,
    List<Waarschuwing> waarschuwingen) {

  /** FORMAT.md section 1; told from the text, not the URL. */
  public enum Sjabloon {
    T1,
    T2,
    T3,
    HYBRIDE,
    VERGADERING
  }

  public record Sectie(String kop, String tekst) {}

  /**
   * A history entry: "12 oktober 2023 - Plenair, besluit." and the items below it. Undated entries
   * (shapes C and D) have no date; a year-less date gets its year inferred and {@code
   * datumAfgeleid}.
   *
   * @param kopje a sub-heading printed above the date line (shape B), or null
   */
  public record Bericht(
      LocalDate datum,
      String datumTekst,
      boolean datumAfgeleid,
      String kopje,
      String tekst,
      List<Besluit> besluiten) {}

  /**
   * A decision item: "Doelgericht strijden tegen mensenhandel (23161.001) AANVAARD 34/4".
   *
   * @param typeWoord the instrument word in front of the title ("Motie vreemd:"), or null
   * @param soort the kind from the type word or the result sentence, or null when neither says
   * @param uitslag the normalised outcome; null when nothing is printed, ONBEKEND for unknown words
   * @param uitslagTekst the outcome as printed (marker, words, or the result sentence), or null
   * @param aanvullingen modifiers: GEAMENDEERD, GEWIJZIGD, BIJ_ACCLAMATIE, ALGEMENE_STEMMEN,
   *     HAMERSTUK
   * @param voor votes for as printed, or null; never derived from the outcome
   * @param notitie text after the votes ("volgende vergadering opnieuw in stemming"), or null
   * @param fracties the faction line under the item, if any (stored as the stemming's faction
   *     results for the names that match a fractie, ADR 0010)
   */
  public record Besluit(
      int regel,
      String typeWoord,
      VoorstelSoort soort,
      String titel,
      String nummer,
      Raadsnummers.Schema nummerSchema,
      Uitslag uitslag,
      String uitslagTekst,
      List<String> aanvullingen,
      Integer voor,
      Integer tegen,
      String notitie,
      List<FractieStem> fracties) {

    Besluit metResultaat(
        String zin,
        Uitslag uitslag,
        List<String> aanvullingen,
        Integer voor,
        Integer tegen,
        VoorstelSoort soort) {
      return new Besluit(
          regel,
          typeWoord,
          this.soort != null ? this.soort : soort,
          titel,
          nummer,
          nummerSchema,
          uitslag,
          uitslagTekst == null ? zin : uitslagTekst + " " + zin,
          aanvullingen,
          voor,
          tegen,
          notitie,
          fracties);
    }

    Besluit metFracties(List<FractieStem> fracties) {
      return new Besluit(
          regel,
          typeWoord,
          soort,
          titel,
          nummer,
          nummerSchema,
          uitslag,
          uitslagTekst,
          aanvullingen,
          voor,
          tegen,
          notitie,
          fracties);
    }
  }

  /**
   * One faction's side in a vote: "Voor: VVD, D66 (34) | Tegen: PVV (4)".
   *
   * @param fractie the name as printed; the importer looks the faction up by it
   * @param regel the 1-based line of the faction line, for a warning about the name
   */
  public record FractieStem(String fractie, Stem stem, int regel) {}

  public enum Stem {
    VOOR,
    TEGEN
  }
}
