package nl.agendawijzer.voorstel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.agendawijzer.voorstel.Controle.Code;
import nl.agendawijzer.voorstel.Controle.Melding;
import nl.agendawijzer.voorstel.Controle.Status;
import nl.agendawijzer.voorstel.StemmingView.FractieUitslagView;
import org.junit.jupiter.api.Test;

/** The vote check with faction results, as a pure function. */
class FractieControleTest {

  private static final LocalDate DATUM = LocalDate.of(2024, 4, 18);
  private static final Map<String, Integer> ZITTEND = Map.of("a", 20, "b", 15, "c", 10);

  private static Controle controle(int voor, int tegen, List<FractieUitslagView> fracties) {
    return StemmingControle.beoordeel(
        Uitslag.AANVAARD, voor, tegen, null, 45, DATUM, fracties, ZITTEND);
  }

  private static FractieUitslagView f(String id, Keuze keuze, Integer voor, Integer tegen) {
    return new FractieUitslagView(id, ZITTEND.get(id), keuze, voor, tegen, null);
  }

  private static List<Code> codes(Controle c) {
    return c.meldingen().stream().map(Melding::code).toList();
  }

  @Test
  void factionsWhoseSeatsAndChoicesAddUpAreOk() {
    Controle c =
        controle(
            33,
            12,
            List.of(
                f("a", Keuze.VOOR, null, null),
                f("b", Keuze.VERDEELD, 13, 2),
                f("c", Keuze.TEGEN, null, null)));

    assertThat(c.status()).isEqualTo(Status.OK);
    assertThat(c.meldingen()).isEmpty();
  }

  @Test
  void totalsThatDifferFromTheFactionsNameBothNumbers() {
    Controle c =
        controle(
            34,
            11,
            List.of(
                f("a", Keuze.VOOR, null, null),
                f("b", Keuze.VERDEELD, 13, 2),
                f("c", Keuze.TEGEN, null, null)));

    assertThat(c.status()).isEqualTo(Status.AFWIJKING);
    assertThat(c.meldingen())
        .extracting(Melding::tekst)
        .containsExactly(
            "Fracties samen 33 voor, stemming 34.", "Fracties samen 12 tegen, stemming 11.");
  }

  @Test
  void aDividedFactionWithoutNumbersLeavesTheTotalsUnchecked() {
    Controle c =
        controle(
            25,
            10,
            List.of(
                f("a", Keuze.VOOR, null, null),
                f("b", Keuze.VERDEELD, null, null),
                f("c", Keuze.NIET_DEELGENOMEN, null, null)));

    assertThat(c.status()).isEqualTo(Status.ONVOLLEDIG);
    assertThat(codes(c)).containsExactly(Code.FRACTIE_STEMMEN_ONTBREKEN);
    assertThat(c.meldingen().get(0).tekst()).contains("b");
  }

  @Test
  void aSeatedFactionWithoutResultIsIncompleteAndSeatsMustMatchTheCouncil() {
    Controle c =
        controle(20, 15, List.of(f("a", Keuze.VOOR, null, null), f("b", Keuze.TEGEN, null, null)));

    assertThat(c.status()).isEqualTo(Status.ONVOLLEDIG);
    assertThat(codes(c)).containsExactly(Code.FRACTIES_ONTBREKEN);

    Controle teWeinig =
        StemmingControle.beoordeel(
            Uitslag.AANVAARD,
            20,
            15,
            null,
            45,
            DATUM,
            List.of(f("a", Keuze.VOOR, null, null), f("b", Keuze.TEGEN, null, null)),
            Map.of("a", 20, "b", 15));
    assertThat(teWeinig.status()).isEqualTo(Status.AFWIJKING);
    assertThat(teWeinig.meldingen())
        .extracting(Melding::tekst)
        .containsExactly("Fracties samen 35 zetels op 2024-04-18, raad 45.");
  }

  @Test
  void aFactionsNumbersMustFitItsSeatsAndItsChoice() {
    Controle c =
        controle(
            31,
            14,
            List.of(
                f("a", Keuze.TEGEN, 21, 0),
                f("b", Keuze.NIET_DEELGENOMEN, 0, 4),
                f("c", Keuze.VOOR, 10, 10)));

    assertThat(codes(c))
        .contains(Code.FRACTIE_MEER_STEMMEN_DAN_ZETELS, Code.FRACTIE_KEUZE_STRIJDIG_MET_STEMMEN);
    assertThat(c.meldingen())
        .extracting(Melding::tekst)
        .contains(
            "Fractie a: voor (21) + tegen (0) = 21 is meer dan haar 20 zetels.",
            "Fractie a: keuze TEGEN, maar niet alleen stemmen tegen (21/0).",
            "Fractie b: keuze NIET_DEELGENOMEN, maar toch stemmen (0/4).",
            "Fractie c: voor (10) + tegen (10) = 20 is meer dan haar 10 zetels.");
  }

  @Test
  void aFactionWithoutSeatsOnTheDateIsADeviation() {
    Controle c =
        controle(
            45,
            0,
            List.of(
                f("a", Keuze.VOOR, null, null),
                f("b", Keuze.VOOR, null, null),
                f("c", Keuze.VOOR, null, null),
                new FractieUitslagView("d", null, Keuze.NIET_DEELGENOMEN, null, null, null)));

    assertThat(c.status()).isEqualTo(Status.AFWIJKING);
    assertThat(codes(c)).containsExactly(Code.FRACTIE_ZONDER_ZETELS);
  }

  @Test
  void membersVotesAreCountedAndMustAgreeWithTheFactionsNumbers() {
    List<Stem> leden =
        List.of(
            new Stem("J. Jansen", Keuze.VOOR),
            new Stem("P. de Vries", Keuze.TEGEN),
            new Stem("A. Bakker", Keuze.NIET_DEELGENOMEN));
    FractieUitslagView b = new FractieUitslagView("b", 15, Keuze.VERDEELD, null, null, leden);
    Controle geteld =
        controle(
            21, 11, List.of(f("a", Keuze.VOOR, null, null), b, f("c", Keuze.TEGEN, null, null)));
    assertThat(geteld.status()).isEqualTo(Status.OK);

    FractieUitslagView strijdig = new FractieUitslagView("b", 15, Keuze.VERDEELD, 2, 1, leden);
    Controle c =
        controle(
            22,
            11,
            List.of(f("a", Keuze.VOOR, null, null), strijdig, f("c", Keuze.TEGEN, null, null)));
    assertThat(c.status()).isEqualTo(Status.AFWIJKING);
    assertThat(c.meldingen())
        .extracting(Melding::tekst)
        .containsExactly("Fractie b: leden 1 voor en 1 tegen, fractie 2 voor en 1 tegen.");
  }

  @Test
  void withoutFactionResultsTheCheckIsAsBefore() {
    assertThat(
            StemmingControle.beoordeel(
                Uitslag.AANVAARD, 34, 4, null, 45, DATUM, List.of(), ZITTEND))
        .isEqualTo(StemmingControle.beoordeel(Uitslag.AANVAARD, 34, 4, 45));
  }

  @Test
  void theFactionsNotVotedFollowFromTheirSeatsAndMustMatchTheStemming() {
    // a: 20 seats, all for; b: 15 seats, 2 did not vote; c: 10 seats, did not take part.
    List<FractieUitslagView> fracties =
        List.of(
            f("a", Keuze.VOOR, null, null),
            f("b", Keuze.TEGEN, 0, 13),
            f("c", Keuze.NIET_DEELGENOMEN, null, null));
    Controle klopt =
        StemmingControle.beoordeel(Uitslag.AANVAARD, 20, 13, 12, 45, DATUM, fracties, ZITTEND);
    assertThat(klopt.status()).isEqualTo(Status.OK);

    Controle mis =
        StemmingControle.beoordeel(Uitslag.AANVAARD, 20, 13, 11, 45, DATUM, fracties, ZITTEND);
    assertThat(mis.status()).isEqualTo(Status.AFWIJKING);
    assertThat(mis.meldingen())
        .contains(
            new Melding(
                Code.FRACTIES_NIET_GESTEMD_TELT_NIET_OP,
                "Fracties samen 12 niet gestemd, stemming 11."))
        .extracting(Melding::code)
        .contains(Code.STEMMEN_TELLEN_NIET_OP_TOT_ZETELS);
  }

  @Test
  void theFactionsNotVotedAreOnlyCountedWhenEveryFactionsNumbersAreKnown() {
    // b divided without numbers: its members who did not vote are unknown.
    Controle verdeeld =
        StemmingControle.beoordeel(
            Uitslag.AANVAARD,
            25,
            10,
            1,
            45,
            DATUM,
            List.of(
                f("a", Keuze.VOOR, null, null),
                f("b", Keuze.VERDEELD, null, null),
                f("c", Keuze.TEGEN, null, null)),
            ZITTEND);
    assertThat(codes(verdeeld))
        .doesNotContain(Code.FRACTIES_NIET_GESTEMD_TELT_NIET_OP)
        .contains(Code.STEMMEN_TELLEN_NIET_OP_TOT_ZETELS, Code.FRACTIE_STEMMEN_ONTBREKEN);
    // c has no result: the factions' sum would be short of its seats.
    Controle zonderC =
        StemmingControle.beoordeel(
            Uitslag.AANVAARD,
            20,
            15,
            10,
            45,
            DATUM,
            List.of(f("a", Keuze.VOOR, null, null), f("b", Keuze.TEGEN, null, null)),
            ZITTEND);
    assertThat(codes(zonderC))
        .containsExactly(Code.FRACTIES_ONTBREKEN)
        .doesNotContain(Code.FRACTIES_NIET_GESTEMD_TELT_NIET_OP);
  }
}
