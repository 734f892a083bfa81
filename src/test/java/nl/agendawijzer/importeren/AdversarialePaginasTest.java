package nl.agendawijzer.importeren;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every adversarial page of {@link AdversarialePaginas}, 1 MB, parsed with the line limit off so
 * that one long line reaches every pattern. The time limit is generous on purpose (a linear parse
 * takes well under a second, a quadratic one hours): it turns a regression into a failure instead
 * of a hung build. The figures come from bench/parser.sh.
 */
class AdversarialePaginasTest {

  private static final int MEGABYTE = 1_000_000;
  private static final Duration RUIM = Duration.ofSeconds(20);

  private final AgendawijzerParser zonderLimiet = new AgendawijzerParser(Integer.MAX_VALUE);

  @TestFactory
  Stream<DynamicTest> eachWorstCasePageOfOneMegabyteParsesInBoundedTime() {
    return AdversarialePaginas.gevallen().stream()
        .map(
            geval ->
                DynamicTest.dynamicTest(
                    geval.naam(),
                    () -> {
                      String pagina = geval.pagina(MEGABYTE);
                      assertThat(pagina.length()).isGreaterThan(MEGABYTE * 9 / 10);
                      GeparseerdePagina geparseerd =
                          assertTimeoutPreemptively(RUIM, () -> zonderLimiet.parse(pagina));
                      assertThat(geparseerd.raadsnummer()).isEqualTo("23161");
                    }));
  }

  @Test
  void aLineLongerThanTheLimitRefusesThePageNamingTheLine() {
    String pagina =
        AdversarialePaginas.pagina(
            AdversarialePaginas.Plaats.STUKKEN, "https://a" + ".".repeat(20_000) + "b");

    assertThatThrownBy(() -> new AgendawijzerParser().parse(pagina))
        .isInstanceOf(OngeldigePagina.class)
        .hasMessageContaining("Regel 14:")
        .hasMessageContaining("10000 tekens");
    assertThat(new AgendawijzerParser(30_000).parse(pagina).raadsnummer()).isEqualTo("23161");
  }

  @Test
  void aLineAtTheLimitIsRead() {
    String regel = "Een lange zin " + "a".repeat(AgendawijzerParser.MAX_REGEL - 16) + ".";
    assertThat(regel).hasSize(AgendawijzerParser.MAX_REGEL - 1);
    String pagina = AdversarialePaginas.pagina(AdversarialePaginas.Plaats.SECTIE, regel + "b");

    assertThat(new AgendawijzerParser().parse(pagina).secties().get(0).tekst())
        .isEqualTo(regel + "b");
  }

  @Test
  void runOnItemsSplitAsBeforeOnlyBeforeANumberGroup() {
    assertThat(
            HistorieLezer.doorlopend(
                "Het amendement is verworpen. - Overdekte stalling (25117.004) VERWORPEN 10/33"))
        .containsExactly(
            "Het amendement is verworpen.", "Overdekte stalling (25117.004) VERWORPEN 10/33");
    assertThat(HistorieLezer.doorlopend("A (25117.001) VERWORPEN - B (25117.002) AANGENOMEN"))
        .containsExactly("A (25117.001) VERWORPEN", "B (25117.002) AANGENOMEN");
    // A date line's " - " and one before another parenthesis do not split.
    assertThat(HistorieLezer.doorlopend("3 maart 2022 - Plenair (25117.001)")).hasSize(1);
    assertThat(HistorieLezer.doorlopend("Klaar. - zie (bijlage) en (25117.001)")).hasSize(1);
    assertThat(HistorieLezer.doorlopend("Klaar. -(25117.001)")).hasSize(1);
    assertThat(HistorieLezer.doorlopend("")).containsExactly("");
  }

  /** The pattern the linear split replaced, kept here to compare against. */
  private static final Pattern DOORLOPEND_ALS_PATROON =
      Pattern.compile(
          "(?<=[.!?)]|\\b[A-Z]{4,20})\\s+-\\s+(?=[^()]*\\((?i:" + Raadsnummers.GROEP + ")\\))");

  @Test
  void theLinearScansSplitAndCutExactlyAsThePatternsTheyReplaced() {
    Random random = new Random(10_4);
    String alfabet = " \t-.!?()ABCDEVRGrv12345/0x,;:]'\"’é";
    for (int i = 0; i < 50_000; i++) {
      StringBuilder b = new StringBuilder();
      int lengte = random.nextInt(40);
      for (int j = 0; j < lengte; j++) {
        b.append(
            random.nextInt(4) == 0
                ? "(25117.004)"
                : String.valueOf(alfabet.charAt(random.nextInt(alfabet.length()))));
      }
      String tekst = b.toString();
      assertThat(HistorieLezer.doorlopend(tekst))
          .as("split of '%s'", tekst)
          .containsExactly(DOORLOPEND_ALS_PATROON.split(tekst));
      assertThat(AgendawijzerParser.zonderSlot(tekst, ".,;:)]'\"’"))
          .as("url of '%s'", tekst)
          .isEqualTo(tekst.replaceAll("[.,;:)\\]'\"’]+$", ""));
    }
  }

  @Test
  void trailingPunctuationIsCutOnlyAtTheEnd() {
    assertThat(AgendawijzerParser.zonderSlot("https://a.nl/x).", ".,;:)]'\"’"))
        .isEqualTo("https://a.nl/x");
    assertThat(AgendawijzerParser.zonderSlot("a..b", ".")).isEqualTo("a..b");
    assertThat(AgendawijzerParser.zonderSlot("...", ".")).isEmpty();
  }
}
