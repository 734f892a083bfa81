package nl.agendawijzer.importeren;

import java.time.LocalDate;
import java.util.List;

/**
 * What the parser read from one Agendawijzer page, before anything is stored. Texts are verbatim
 * (after removing the glossary pop-ups the site injects); normalising is the importer's job.
 */
public record GeparseerdePagina(
    String titel,
    String raadsnummer,
    LocalDate geschrevenOp,
    LocalDate laatstBewerktOp,
    String statusTekst,
    String afbeeldingAlt,
    String inleiding,
    List<Sectie> secties,
    List<String> doelen,
    List<String> documentUrls,
    List<Bericht> berichten) {

  public record Sectie(String kop, String tekst) {}

  /** A history entry: "12 oktober 2023 - Plenair, besluit." and the items below it. */
  public record Bericht(
      LocalDate datum, String datumTekst, String tekst, List<Besluit> besluiten) {}

  /**
   * A decision item: "Doelgericht strijden tegen mensenhandel (23161.001) AANVAARD 34/4".
   *
   * @param typeWoord the instrument word in front of the title ("Motie vreemd:"), or null
   * @param uitslagTekst the outcome as printed, or null
   * @param voor votes for as printed, or null; never derived from the outcome
   */
  public record Besluit(
      int regel,
      String typeWoord,
      String titel,
      String nummer,
      String uitslagTekst,
      Integer voor,
      Integer tegen) {}
}
