package nl.agendawijzer.importeren;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import nl.agendawijzer.importeren.GeparseerdePagina.Bericht;
import nl.agendawijzer.importeren.GeparseerdePagina.Besluit;
import nl.agendawijzer.importeren.GeparseerdePagina.FractieStem;
import nl.agendawijzer.importeren.GeparseerdePagina.Sjabloon;
import nl.agendawijzer.importeren.GeparseerdePagina.Stem;
import nl.agendawijzer.importeren.Waarschuwing.Code;
import nl.agendawijzer.voorstel.Uitslag;
import nl.agendawijzer.voorstel.VoorstelSoort;
import org.junit.jupiter.api.Test;

/** Every template and quirk of FORMAT.md, one invented fixture page each (src/test/resources). */
class SjablonenTest {

  private final AgendawijzerParser parser = new AgendawijzerParser();

  static String fixture(String naam) {
    try (InputStream in = SjablonenTest.class.getClassLoader().getResourceAsStream(naam)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private GeparseerdePagina lees(String naam) {
    return parser.parse(fixture("paginas/" + naam));
  }

  @Test
  void t1ReadsTheHeaderDateTheBareCaptionAndTheHistoryAtTheTop() {
    GeparseerdePagina p = lees("t1-fietsenstalling.txt");

    assertThat(p.sjabloon()).isEqualTo(Sjabloon.T1);
    assertThat(p.kopDatum()).isEqualTo(LocalDate.of(2021, 6, 3));
    assertThat(p.titel()).isEqualTo("Fietsenstalling Stadhart");
    assertThat(p.afbeeldingAlt()).isEqualTo("Foto van fietsen in een rek bij het station");
    assertThat(p.inleiding()).isEqualTo("Er komt een grote fietsenstalling onder het Stadhart.");
    assertThat(p.geschrevenOp()).isNull();
    assertThat(p.statusTekst()).isNull();
    // No Raadsnummer line: the footer's number is the key, in the RV scheme, slash and all.
    assertThat(p.raadsnummer()).isEqualTo("RV-88/2021");
    assertThat(p.berichten())
        .extracting(Bericht::datum, Bericht::datumAfgeleid, Bericht::tekst)
        .containsExactly(
            tuple(LocalDate.of(2021, 6, 24), false, "Plenair, besluit"),
            tuple(LocalDate.of(2021, 6, 17), true, "Carrousel"));
    assertThat(p.berichten().get(0).besluiten())
        .extracting(
            Besluit::typeWoord,
            Besluit::soort,
            Besluit::titel,
            Besluit::nummer,
            Besluit::nummerSchema)
        .containsExactly(
            tuple(
                "Raadsvoorstel",
                VoorstelSoort.RAADSVOORSTEL,
                "Krediet fietsenstalling Stadhart",
                "RV-88/2021",
                Raadsnummers.Schema.RV),
            tuple(
                "Motie :",
                VoorstelSoort.MOTIE,
                "Bankjes langs de stalling",
                "RG-201/2021",
                Raadsnummers.Schema.RG),
            // The glossary pop-up inside "Motie ... vreemd:" is stripped before reading the type.
            tuple(
                "Motie vreemd:",
                VoorstelSoort.MOTIE_VREEMD,
                "Fiets voorop",
                "24163",
                Raadsnummers.Schema.YYNNN));
    assertThat(p.secties().get(0).tekst()).startsWith("Het college wil een stalling");
    // The URL at the end of a sentence loses the full stop.
    assertThat(p.documentUrls())
        .containsExactly(
            "https://documentwijzer.raadvanalmere.nl/app/search?q=fietsenstalling%20stadhart");
    assertThat(p.waarschuwingen())
        .extracting(Waarschuwing::code, Waarschuwing::regel)
        .containsExactlyInAnyOrder(
            tuple(Code.UITSLAG_STRIJDIG_MET_STEMMEN, 14), tuple(Code.JAAR_AFGELEID, 17));
  }

  @Test
  void t2ReadsOutcomesWithModifiersTiesNotesFactionsAndFlagsAForeignItem() {
    GeparseerdePagina p = lees("t2-bakfietsen.txt");

    assertThat(p.sjabloon()).isEqualTo(Sjabloon.T2);
    assertThat(p.raadsnummer()).isEqualTo("24117");
    assertThat(p.doelen()).containsExactly("Meer plekken", "Kortere wachttijd");
    // Leading spaces before the URL are trimmed.
    assertThat(p.documentUrls())
        .containsExactly("https://documentwijzer.raadvanalmere.nl/app/instrument/24117");
    Bericht besluit = p.berichten().get(0);
    assertThat(besluit.besluiten())
        .extracting(
            Besluit::nummer,
            Besluit::uitslag,
            Besluit::uitslagTekst,
            Besluit::aanvullingen,
            Besluit::voor,
            Besluit::tegen,
            Besluit::notitie)
        .containsExactly(
            tuple("24117.001", Uitslag.AANVAARD, "AANVAARD", java.util.List.of(), 31, 12, null),
            tuple(
                "24117.004",
                Uitslag.AANVAARD,
                "AANVAARD BIJ ACCLAMATIE algemene instemming",
                java.util.List.of("BIJ_ACCLAMATIE", "ALGEMENE_STEMMEN"),
                41,
                0,
                null),
            tuple(
                "24117.005",
                Uitslag.STEMMEN_STAKEN,
                "STEMMEN STAKEN",
                java.util.List.of(),
                21,
                21,
                "volgende vergadering opnieuw in stemming"),
            tuple("24188.002", Uitslag.VERWORPEN, "VERWORPEN", java.util.List.of(), 11, 32, null),
            tuple("24117", Uitslag.AANVAARD, "AANVAARD", java.util.List.of(), 40, 3, null));
    assertThat(besluit.besluiten().get(2).titel()).isEqualTo("'Fiets voorop’");
    assertThat(besluit.besluiten().get(4).fracties())
        .containsExactly(
            new FractieStem("VVD", Stem.VOOR, 40),
            new FractieStem("GroenLinks", Stem.VOOR, 40),
            new FractieStem("D66", Stem.VOOR, 40),
            new FractieStem("PVV", Stem.TEGEN, 40),
            new FractieStem("SP", Stem.TEGEN, 40));
    assertThat(p.berichten().get(1).datum()).isEqualTo(LocalDate.of(2024, 4, 11));
    assertThat(p.waarschuwingen())
        .extracting(Waarschuwing::code, Waarschuwing::regel)
        .containsExactlyInAnyOrder(tuple(Code.JAAR_AFGELEID, 42), tuple(Code.ONDERWERP_VREEMD, 38));
  }

  @Test
  void t3ReadsItemFirstHistoryWithResultSentencesAndItemsRunningOn() {
    GeparseerdePagina p = lees("t3-scooters.txt");

    assertThat(p.sjabloon()).isEqualTo(Sjabloon.T3);
    assertThat(p.afbeeldingAlt()).isNull();
    assertThat(p.berichten()).singleElement().satisfies(b -> assertThat(b.datum()).isNull());
    assertThat(p.berichten().get(0).besluiten())
        .extracting(
            Besluit::nummer,
            Besluit::soort,
            Besluit::uitslag,
            Besluit::aanvullingen,
            Besluit::voor,
            Besluit::tegen)
        .containsExactly(
            tuple(
                "25117",
                VoorstelSoort.RAADSVOORSTEL,
                Uitslag.AANVAARD,
                java.util.List.of("GEAMENDEERD"),
                39,
                1),
            tuple(
                "25117.002",
                VoorstelSoort.AMENDEMENT,
                Uitslag.VERWORPEN,
                java.util.List.of("GEWIJZIGD"),
                18,
                25),
            tuple("25117.004", null, Uitslag.VERWORPEN, java.util.List.of(), 10, 33));
    assertThat(p.berichten().get(0).besluiten().get(0).uitslagTekst())
        .isEqualTo(
            "GEAMENDEERD Het geamendeerde raadsvoorstel is met 39 stemmen voor en 1 stem tegen"
                + " aangenomen.");
    assertThat(p.waarschuwingen()).isEmpty();
  }

  @Test
  void aHybridHasMetadataNoNumberLineAndTakesItsNumberFromTheInstrumentLink() {
    GeparseerdePagina p = lees("hybride-fietsnota.txt");

    assertThat(p.sjabloon()).isEqualTo(Sjabloon.HYBRIDE);
    assertThat(p.label()).isNull();
    assertThat(p.afbeeldingAlt()).isEqualTo("Foto van een fietspad");
    assertThat(p.statusTekst()).isEqualTo("klaar voor besluit");
    assertThat(p.raadsnummer()).isEqualTo("24102");
    assertThat(p.waarschuwingen()).isEmpty();
  }

  @Test
  void aMeetingSummaryHasAStableKeyAWarningAndItsDecisionsOnTheTitleDate() {
    GeparseerdePagina p = lees("vergadering-16-mei.txt");
    GeparseerdePagina nogmaals = lees("vergadering-16-mei.txt");

    assertThat(p.sjabloon()).isEqualTo(Sjabloon.VERGADERING);
    assertThat(p.raadsnummer()).startsWith("AW-").hasSize(13).isEqualTo(nogmaals.raadsnummer());
    assertThat(p.nummers()).isEmpty();
    assertThat(p.statusTekst()).isEmpty();
    assertThat(p.laatstBewerktOp()).isNull();
    assertThat(p.aanwezig()).isEqualTo(41);
    assertThat(p.berichten())
        .singleElement()
        .satisfies(b -> assertThat(b.datum()).isEqualTo(LocalDate.of(2024, 5, 16)));
    assertThat(p.berichten().get(0).besluiten())
        .extracting(Besluit::titel, Besluit::nummer, Besluit::uitslag)
        .containsExactly(
            tuple("Verordening Parkeerbelasting 2024", "24150", Uitslag.AANVAARD),
            tuple("Gratis zwemles voor elk kind", "24161", Uitslag.VERWORPEN),
            tuple("Interpellatiedebat sluiting buurthuis De Linde", "24230", null),
            tuple(
                "Gemeenschappelijke regeling Vervoerregio Flevoland (GRVF)",
                "24152",
                Uitslag.AANVAARD));
    assertThat(p.waarschuwingen())
        .extracting(Waarschuwing::code)
        .containsExactly(Code.GEEN_NUMMER, Code.STEMMEN_BOVEN_AANWEZIG);
  }

  @Test
  void historyShapesInferYearsKeepSubHeadingsAndProseAndFlagContradictions() {
    GeparseerdePagina p = lees("historie-vormen.txt");

    assertThat(p.nummers())
        .extracting(Raadsnummers.Nummer::ruw, Raadsnummers.Nummer::canoniek)
        .containsExactly(tuple("22301", "22301"), tuple("RV-12/2022", "RV12/2022"));
    assertThat(p.afbeeldingAlt()).isEqualTo("test");
    assertThat(p.berichten())
        .extracting(Bericht::datum, Bericht::datumTekst, Bericht::datumAfgeleid, Bericht::kopje)
        .containsExactly(
            tuple(LocalDate.of(2022, 12, 8), "8 december", true, "Nog geen meerderheid....."),
            tuple(LocalDate.of(2022, 11, 24), "24 november", true, null),
            tuple(LocalDate.of(2022, 11, 10), "10 november 2022", false, null));
    assertThat(p.berichten().get(2).tekst())
        .isEqualTo(
            "Carrousel\nDe raad sprak over het groen. Het ordevoorstel werd aanvaard 23/19.\n"
                + "Eerder sprak de raad al over bomen.");
    assertThat(p.waarschuwingen())
        .extracting(Waarschuwing::code, Waarschuwing::regel)
        .containsExactlyInAnyOrder(
            tuple(Code.UITSLAG_STRIJDIG_MET_STEMMEN, 22),
            tuple(Code.UITSLAG_STRIJDIG_MET_STEMMEN, 23),
            tuple(Code.UITSLAG_ONBEKEND, 24),
            tuple(Code.JAAR_AFGELEID, 26),
            tuple(Code.JAAR_AFGELEID, 20));
  }

  @Test
  void aYearlessDateMoreThanAMonthBeforeTheAnchorFallsInTheNextYear() {
    assertThat(Datums.metJaarVan(LocalDate.of(2023, 12, 11), 1, 18))
        .isEqualTo(LocalDate.of(2024, 1, 18));
    assertThat(Datums.metJaarVan(LocalDate.of(2023, 12, 11), 11, 20))
        .isEqualTo(LocalDate.of(2023, 11, 20));
  }

  @Test
  void aTruncatedDateAtTheEndOfThePageIsKeptWithoutADateAndFlagged() {
    GeparseerdePagina p =
        parser.parse(
            "Agendawijzer\nFiets\nRaadsnummer: 24117\nGeschreven op: 04-04-2024\n\n"
                + "Eerdere berichten\n\n18 april 2024 - Plenair\n\n3 mrt…");

    assertThat(p.berichten())
        .extracting(Bericht::datum, Bericht::datumTekst)
        .containsExactly(tuple(LocalDate.of(2024, 4, 18), "18 april 2024"), tuple(null, "3 mrt…"));
    assertThat(p.waarschuwingen())
        .extracting(Waarschuwing::code)
        .containsExactly(Code.DATUM_ONLEESBAAR);
  }

  @Test
  void anUnknownHeadingAfterTheNbspLineIsKeptAsASectionWithAWarning() {
    GeparseerdePagina p =
        parser.parse(
            "Agendawijzer\nFiets\nRaadsnummer: 24117\n\nTeaser.\n\n\u00a0\nHoe gaat het verder?\n\n"
                + "Dat ziet u later.\n");

    assertThat(p.secties())
        .extracting(GeparseerdePagina.Sectie::kop)
        .containsExactly("Hoe gaat het verder?");
    assertThat(p.waarschuwingen())
        .extracting(Waarschuwing::code, Waarschuwing::regel)
        .containsExactly(tuple(Code.KOP_ONBEKEND, 8));
  }

  @Test
  void severalNumbersInOneLineAndAnUnknownSchemeAreKeptAndFlagged() {
    GeparseerdePagina p = parser.parse("Fiets\nRaadsnummer: rg201/2022 24188 onbekend\n\nTekst.\n");

    assertThat(p.raadsnummer()).isEqualTo("RG201/2022");
    assertThat(p.nummers())
        .extracting(Raadsnummers.Nummer::schema)
        .containsExactly(
            Raadsnummers.Schema.RG, Raadsnummers.Schema.YYNNN, Raadsnummers.Schema.OVERIG);
    assertThat(p.waarschuwingen())
        .extracting(Waarschuwing::code)
        .containsExactly(Code.NUMMER_ONBEKEND_SCHEMA);
  }

  @Test
  void anInstrumentLinkWithAnotherNumberIsFlagged() {
    GeparseerdePagina p =
        parser.parse(
            "Fiets\nRaadsnummer: 24117\n\nWaar vind ik de stukken?\n\n"
                + "https://documentwijzer.raadvanalmere.nl/app/instrument/24118\n");

    assertThat(p.waarschuwingen())
        .extracting(Waarschuwing::code)
        .containsExactly(Code.NUMMER_TEGENSTRIJDIG);
  }

  @Test
  void overviewPagesAndBinaryTextAreNoTopicPages() {
    assertThatThrownBy(() -> parser.parse(fixture("paginas-geweigerd/wikioverzicht.txt")))
        .isInstanceOf(OngeldigePagina.class)
        .hasMessageContaining("overzichtspagina");
    assertThatThrownBy(() -> parser.parse("Fiets\nRaadsnummer: 1\u0000\n"))
        .isInstanceOf(OngeldigePagina.class)
        .hasMessageContaining("Regel 2")
        .hasMessageContaining("NUL");
    assertThatThrownBy(() -> parser.parse("Raadsnummer: 24117\n"))
        .isInstanceOf(OngeldigePagina.class)
        .hasMessageContaining("titel");
  }
}
