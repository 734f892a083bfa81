package nl.agendawijzer.importeren;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import nl.agendawijzer.importeren.GeparseerdePagina.Besluit;
import org.junit.jupiter.api.Test;

class AgendawijzerParserTest {

  private final AgendawijzerParser parser = new AgendawijzerParser();

  static String referentiePagina() throws IOException {
    try (InputStream in =
        AgendawijzerParserTest.class.getClassLoader().getResourceAsStream(ReferentieData.PAGINA)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void readsTheHeaderOfTheReferencePage() throws IOException {
    GeparseerdePagina pagina = parser.parse(referentiePagina());

    assertThat(pagina.titel()).isEqualTo("Mensenhandel");
    assertThat(pagina.raadsnummer()).isEqualTo("23161");
    assertThat(pagina.geschrevenOp()).isEqualTo(LocalDate.of(2023, 7, 7));
    assertThat(pagina.laatstBewerktOp()).isEqualTo(LocalDate.of(2023, 10, 14));
    assertThat(pagina.statusTekst()).isEqualTo("afgerond");
    assertThat(pagina.afbeeldingAlt())
        .isEqualTo("Zwartwitfoto van iemand die zich achter zijn hand verschuilt");
    assertThat(pagina.inleiding())
        .isEqualTo(
            "Menselhandel is uitbuiting van anderen, meestal op een verschrikkelijke manier. Daar"
                + " moet wat aan gedaan worden!");
  }

  @Test
  void keepsSectionTextVerbatimButRemovesTheGlossaryPopUp() throws IOException {
    GeparseerdePagina pagina = parser.parse(referentiePagina());

    assertThat(pagina.secties())
        .extracting(GeparseerdePagina.Sectie::kop)
        .containsExactly("Waar gaat het over?", "Waarom praat de raad hierover?");
    String waarom = pagina.secties().get(1).tekst();
    assertThat(waarom)
        .contains("Toen beloofde het college dat er in 2022 een plan van aanpak zou komen.")
        .doesNotContain("College = college van B&W");
    assertThat(pagina.secties().get(0).tekst())
        .startsWith("Mensenhandel is verschrikkelijk.")
        .contains("\n\n• Adequaat signaleren en melden;\n• Effectief samenwerken;")
        .endsWith("maar werkt in regionale samenwerkingen.");
  }

  @Test
  void readsTheSixGoalsWithoutListPunctuationAndKeepsTheMojibake() throws IOException {
    assertThat(parser.parse(referentiePagina()).doelen())
        .containsExactly(
            "Adequaat signaleren en melden",
            "Effectief samenwerken",
            "Slachtoffers samenhangende hulp en ondersteuning bieden",
            "Meer zicht krijgen op aard, omvang en risicofactoren",
            "Barrie?res opwerpen",
            "Slachtofferschap reduceren");
  }

  @Test
  void readsTheThreeDocumentLinks() throws IOException {
    assertThat(parser.parse(referentiePagina()).documentUrls())
        .containsExactly(
            "https://documentwijzer.raadvanalmere.nl/app/search?q=mensenhandel",
            "https://www.comensha.nl/over-mensenhandel/vormen-van-mensenhandel/",
            "https://www.rijksoverheid.nl/onderwerpen/mensenhandel-mensensmokkel/bestrijden-mensenhandel");
  }

  @Test
  void readsTheHistoryWithBothDecisionsAndTheirVotes() throws IOException {
    GeparseerdePagina pagina = parser.parse(referentiePagina());

    assertThat(pagina.berichten()).hasSize(1);
    GeparseerdePagina.Bericht bericht = pagina.berichten().get(0);
    assertThat(bericht.datum()).isEqualTo(LocalDate.of(2023, 10, 12));
    assertThat(bericht.datumTekst()).isEqualTo("12 oktober 2023");
    assertThat(bericht.tekst()).isEqualTo("Plenair, besluit.");
    assertThat(bericht.besluiten())
        .extracting(
            Besluit::typeWoord,
            Besluit::titel,
            Besluit::nummer,
            Besluit::uitslagTekst,
            Besluit::voor,
            Besluit::tegen)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                null, "Doelgericht strijden tegen mensenhandel", "23161.001", "AANVAARD", 34, 4),
            org.assertj.core.groups.Tuple.tuple(
                null, "Mensenhandel 2023-2024 Almere", "23161", "AANVAARD", 38, 0));
  }

  @Test
  void aYearRangeInATitleIsNotReadAsVotes() {
    Besluit besluit =
        BesluitLezer.lees(
            regel("Mensenhandel 2023-2024 Almere (23161) AANVAARD"), new Waarschuwingen());

    assertThat(besluit.titel()).isEqualTo("Mensenhandel 2023-2024 Almere");
    assertThat(besluit.voor()).isNull();
    assertThat(besluit.tegen()).isNull();
    assertThat(besluit.uitslagTekst()).isEqualTo("AANVAARD");
  }

  @Test
  void readsTypeWordsParenthesisedVotesAndTheLastNumberGroup() {
    Besluit motie =
        BesluitLezer.lees(
            regel(
                "  • Motie vreemd: Gratis zwemles (GRVF) voor elk kind (24161) VERWORPEN (18/23)"),
            new Waarschuwingen());

    assertThat(motie.typeWoord()).isEqualTo("Motie vreemd:");
    assertThat(motie.titel()).isEqualTo("Gratis zwemles (GRVF) voor elk kind");
    assertThat(motie.nummer()).isEqualTo("24161");
    assertThat(motie.uitslagTekst()).isEqualTo("VERWORPEN");
    assertThat(motie.voor()).isEqualTo(18);
    assertThat(motie.tegen()).isEqualTo(23);
  }

  @Test
  void aLineWithoutANumberIsNoDecision() {
    assertThat(BesluitLezer.lees(regel("De raad stemde over vier moties."), new Waarschuwingen()))
        .isNull();
  }

  @Test
  void anEmptyPageIsRejected() {
    assertThatThrownBy(() -> parser.parse("  \n\u00a0\n"))
        .isInstanceOf(OngeldigePagina.class)
        .hasMessageContaining("leeg");
  }

  @Test
  void textWithoutAnyHeaderIsNoTopicPageAndIsRejectedNamingTheLine() {
    assertThatThrownBy(() -> parser.parse("Agendawijzer\n\nFietsenstalling\n\nTekst.\n"))
        .isInstanceOf(OngeldigePagina.class)
        .hasMessageContaining("Regel 3")
        .hasMessageContaining("Raadsnummer:");
  }

  @Test
  void aDateThatDoesNotExistBecomesNullWithAWarningNamingTheLine() {
    String pagina =
        "Agendawijzer\nFiets\nRaadsnummer: 24117\n"
            + "Geschreven op: 31-02-2024 | Laatst bewerkt op: 19-04-2024 | Status onderwerp: afgerond\n";

    GeparseerdePagina gelezen = parser.parse(pagina);

    assertThat(gelezen.geschrevenOp()).isNull();
    assertThat(gelezen.waarschuwingen())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.code()).isEqualTo(Waarschuwing.Code.DATUM_ONLEESBAAR);
              assertThat(w.regel()).isEqualTo(4);
              assertThat(w.tekst()).contains("31-02-2024");
            });
  }

  @Test
  void anEmptyStatusIsKeptAsEmptyNotMissing() {
    GeparseerdePagina pagina =
        parser.parse(
            "Agendawijzer\nFiets\nRaadsnummer: 24117\n"
                + "Geschreven op: 04-04-2024 | Laatst bewerkt op: | Status onderwerp:\n");

    assertThat(pagina.statusTekst()).isEmpty();
    assertThat(pagina.laatstBewerktOp()).isNull();
  }

  private static PaginaRegels.Regel regel(String tekst) {
    return new PaginaRegels.Regel(1, tekst, false);
  }
}
