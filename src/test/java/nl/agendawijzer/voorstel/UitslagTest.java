package nl.agendawijzer.voorstel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UitslagTest {

  @ParameterizedTest
  @CsvSource({
    "AANVAARD, AANVAARD",
    "aangenomen, AANVAARD",
    "AANVAARD BIJ ACCLAMATIE algemene instemming, AANVAARD",
    "VERWORPEN, VERWORPEN",
    "STEMMEN STAKEN, STEMMEN_STAKEN",
    "GEAMENDEERD, GEAMENDEERD",
    "GEWIJZIGD, GEWIJZIGD",
    "hamerstuk, ONBEKEND"
  })
  void normalisesThePrintedOutcome(String tekst, Uitslag verwacht) {
    assertThat(Uitslag.vanTekst(tekst)).isEqualTo(verwacht);
  }
}
