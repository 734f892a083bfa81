package nl.agendawijzer.voorstel;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import nl.agendawijzer.api.Link;

/** How one faction voted on one stemming: a row of its voting record. */
public record StemgedragView(
    String stemming,
    String voorstel,
    String titel,
    LocalDate datum,
    Uitslag uitslag,
    Keuze keuze,
    Integer zetels,
    Integer voor,
    Integer tegen,
    @JsonProperty("_links") StemgedragLinks links) {

  public record StemgedragLinks(Link stemming, Link voorstel) {}
}
