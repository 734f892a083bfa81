package nl.agendawijzer.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogtekstTest {

  @Test
  void controlCharactersBecomeVisibleEscapesOnOneLine() {
    String vals =
        "pagina.txt\r\n12:00:00 INFO  [nl.agendawijzer] Beheerder ingelogd\u001b[2J\t\u2028";

    String veilig = Logtekst.van(vals);

    assertThat(veilig)
        .isEqualTo(
            "pagina.txt\\r\\n12:00:00 INFO  [nl.agendawijzer] Beheerder ingelogd\\u001b[2J\\t\\u2028")
        .doesNotContain("\n", "\r", "\u001b", "\t", "\u2028");
  }

  @Test
  void plainTextAndNullStayReadable() {
    assertThat(Logtekst.van("Griffie - é, ü")).isEqualTo("Griffie - é, ü");
    assertThat(Logtekst.van(null)).isEqualTo("null");
  }
}
