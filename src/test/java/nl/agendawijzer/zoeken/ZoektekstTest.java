package nl.agendawijzer.zoeken;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ZoektekstTest {

  @Test
  void caseAccentsAndALostCharacterInsideAWordAreNormalisedAway() {
    assertThat(Zoektekst.normaliseer("Barrie?res opwerpen;")).isEqualTo(" barrieres opwerpen ");
    assertThat(Zoektekst.normaliseer("Barrières")).isEqualTo(" barrieres ");
    assertThat(Zoektekst.normaliseer("MENSENHANDEL")).isEqualTo(" mensenhandel ");
    assertThat(Zoektekst.normaliseer("Wat? Niets")).isEqualTo(" wat niets ");
  }

  @Test
  void dutchEndingsAreCutForMatching() {
    assertThat(Zoektekst.stam("barrieres")).isEqualTo("barrier");
    assertThat(Zoektekst.stam("barriere")).isEqualTo("barrier");
    assertThat(Zoektekst.stam("slachtoffers")).isEqualTo("slachtoffer");
    assertThat(Zoektekst.stam("mensenhandel")).isEqualTo("mensenhandel");
  }

  @Test
  void wordsOfASearch() {
    assertThat(Zoektekst.woorden("  Ketenaanpak, MENSENHANDEL! "))
        .containsExactly("ketenaanpak", "mensenhandel");
    assertThat(Zoektekst.woorden("?!")).isEmpty();
  }
}
