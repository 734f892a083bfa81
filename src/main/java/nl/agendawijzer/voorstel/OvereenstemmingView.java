package nl.agendawijzer.voorstel;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import nl.agendawijzer.api.Link;

/**
 * For each pair of factions, on how many stemmingen they made the same choice, out of the
 * stemmingen on which both voted VOOR or TEGEN (docs/adr/0011).
 */
public record OvereenstemmingView(
    LocalDate datumVanaf,
    LocalDate datumTot,
    List<Paar> paren,
    @JsonProperty("_links") SelfLinks links) {

  /**
   * @param gelijk stemmingen where both voted VOOR or both TEGEN
   * @param totaal stemmingen where both voted VOOR or TEGEN
   * @param percentage 100 * gelijk / totaal, one decimal
   */
  public record Paar(
      String fractieA, String fractieB, long gelijk, long totaal, double percentage) {}

  public record SelfLinks(Link self) {}
}
