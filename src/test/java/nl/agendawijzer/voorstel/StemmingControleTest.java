package nl.agendawijzer.voorstel;

import static org.assertj.core.api.Assertions.assertThat;

import nl.agendawijzer.voorstel.Controle.Code;
import nl.agendawijzer.voorstel.Controle.Melding;
import nl.agendawijzer.voorstel.Controle.Status;
import org.junit.jupiter.api.Test;

class StemmingControleTest {

  @Test
  void adoptedWithMoreForThanAgainstWithinTheSeatsIsOk() {
    Controle controle = StemmingControle.beoordeel(Uitslag.AANVAARD, 34, 4, 45);

    assertThat(controle.status()).isEqualTo(Status.OK);
    assertThat(controle.meldingen()).isEmpty();
  }

  @Test
  void adoptedWithoutMoreForThanAgainstIsADeviation() {
    Controle controle = StemmingControle.beoordeel(Uitslag.AANVAARD, 20, 20, 45);

    assertThat(controle.status()).isEqualTo(Status.AFWIJKING);
    assertThat(controle.meldingen())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.code()).isEqualTo(Code.UITSLAG_STRIJDIG_MET_STEMMEN);
              assertThat(m.tekst()).contains("AANVAARD").contains("20/20");
            });
  }

  @Test
  void rejectedWithMoreForThanAgainstIsADeviation() {
    assertThat(StemmingControle.beoordeel(Uitslag.VERWORPEN, 31, 9, 45).status())
        .isEqualTo(Status.AFWIJKING);
    assertThat(StemmingControle.beoordeel(Uitslag.VERWORPEN, 9, 31, 45).status())
        .isEqualTo(Status.OK);
  }

  @Test
  void aTieWithUnequalNumbersIsADeviation() {
    assertThat(StemmingControle.beoordeel(Uitslag.STEMMEN_STAKEN, 21, 20, 45).status())
        .isEqualTo(Status.AFWIJKING);
    assertThat(StemmingControle.beoordeel(Uitslag.STEMMEN_STAKEN, 21, 21, 45).status())
        .isEqualTo(Status.OK);
  }

  @Test
  void moreVotesThanSeatsIsADeviationThatNamesTheNumbers() {
    Controle controle = StemmingControle.beoordeel(Uitslag.AANVAARD, 40, 6, 45);

    assertThat(controle.status()).isEqualTo(Status.AFWIJKING);
    assertThat(controle.meldingen())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.code()).isEqualTo(Code.MEER_STEMMEN_DAN_ZETELS);
              assertThat(m.tekst()).contains("46").contains("45");
            });
  }

  @Test
  void exactlyAllSeatsVotingIsOk() {
    assertThat(StemmingControle.beoordeel(Uitslag.AANVAARD, 40, 5, 45).status())
        .isEqualTo(Status.OK);
  }

  @Test
  void missingNumbersMakeTheCheckIncomplete() {
    Controle controle = StemmingControle.beoordeel(Uitslag.AANVAARD, null, null, 45);

    assertThat(controle.status()).isEqualTo(Status.ONVOLLEDIG);
    assertThat(controle.meldingen())
        .extracting(Controle.Melding::code)
        .containsExactly(Code.STEMMEN_ONTBREKEN);
  }

  @Test
  void unknownSeatsMakeTheCheckIncompleteButStillCompareOutcomeAndVotes() {
    assertThat(StemmingControle.beoordeel(Uitslag.AANVAARD, 34, 4, null).status())
        .isEqualTo(Status.ONVOLLEDIG);
    assertThat(StemmingControle.beoordeel(Uitslag.VERWORPEN, 34, 4, null).status())
        .isEqualTo(Status.AFWIJKING);
  }

  @Test
  void outcomesWithoutAnArithmeticRuleAreNotContradicted() {
    assertThat(StemmingControle.beoordeel(Uitslag.INGETROKKEN, 0, 0, 45).status())
        .isEqualTo(Status.OK);
  }

  @Test
  void votesAndNotVotedThatMakeTheSeatsAreOk() {
    Controle controle = StemmingControle.beoordeel(Uitslag.AANVAARD, 34, 4, 7, 45);

    assertThat(controle.status()).isEqualTo(Status.OK);
    assertThat(controle.meldingen()).isEmpty();
  }

  @Test
  void votesAndNotVotedThatMissTheSeatsAreADeviationNamingTheNumbers() {
    Controle controle = StemmingControle.beoordeel(Uitslag.AANVAARD, 34, 4, 6, 45);

    assertThat(controle.status()).isEqualTo(Status.AFWIJKING);
    assertThat(controle.meldingen())
        .containsExactly(
            new Melding(
                Code.STEMMEN_TELLEN_NIET_OP_TOT_ZETELS,
                "voor (34) + tegen (4) + niet gestemd (6) = 44, de raad heeft 45 zetels."));
    assertThat(StemmingControle.beoordeel(Uitslag.AANVAARD, 34, 4, 8, 45).meldingen())
        .extracting(Melding::tekst)
        .containsExactly("voor (34) + tegen (4) + niet gestemd (8) = 46, de raad heeft 45 zetels.");
  }

  @Test
  void anUnknownNotVotedIsNoFindingAndUnknownSeatsLeaveItUnchecked() {
    assertThat(StemmingControle.beoordeel(Uitslag.AANVAARD, 34, 4, null, 45))
        .isEqualTo(StemmingControle.beoordeel(Uitslag.AANVAARD, 34, 4, 45));
    assertThat(StemmingControle.beoordeel(Uitslag.AANVAARD, 34, 4, 6, null).meldingen())
        .extracting(Melding::code)
        .containsExactly(Code.ZETELS_ONBEKEND);
  }
}
