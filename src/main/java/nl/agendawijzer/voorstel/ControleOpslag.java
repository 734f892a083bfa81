package nl.agendawijzer.voorstel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import nl.agendawijzer.raad.Zetelkalender;

/**
 * Computes a stemming's check and keeps it with the stemming (docs/adr/0012): the status in a
 * column a list can filter on, the meldingen as JSON beside it.
 */
final class ControleOpslag {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<Controle.Melding>> MELDINGEN = new TypeReference<>() {};

  private ControleOpslag() {}

  /** The check of a stemming from its numbers and the seats on its date. */
  static Controle bereken(Stemming s, Zetelkalender kalender) {
    return StemmingControle.beoordeel(
        s.uitslag(),
        s.voor(),
        s.tegen(),
        s.nietGestemd(),
        kalender.zetelsOp(s.datum()).orElse(null),
        s.datum(),
        StemmingView.fracties(s, kalender),
        kalender.fractiesOp(s.datum()));
  }

  /** Recomputes and stores the check; true when it changed. */
  static boolean vastleggen(Stemming s, Zetelkalender kalender) {
    Controle controle = bereken(s, kalender);
    try {
      return s.legControleVast(controle.status(), JSON.writeValueAsString(controle.meldingen()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Meldingen van " + s.id() + " zijn geen JSON", e);
    }
  }

  /** The stored check; computed when none is stored yet (a row older than the column). */
  static Controle gelezen(Stemming s, Zetelkalender kalender) {
    if (s.controleStatus() == null || s.controleMeldingen() == null) {
      return bereken(s, kalender);
    }
    try {
      return new Controle(s.controleStatus(), JSON.readValue(s.controleMeldingen(), MELDINGEN));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Meldingen van " + s.id() + " zijn geen JSON", e);
    }
  }
}
