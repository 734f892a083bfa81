package nl.agendawijzer.versies;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;

/** The {@code herkomst} of a resource as served; null for resources made through the API. */
public record HerkomstView(
    String bron,
    Instant geimporteerdOp,
    String parserVersie,
    String inhoudHash,
    List<WaarschuwingView> waarschuwingen) {

  /** A parser warning: a code from a fixed list, the page's line (0: the whole page), a text. */
  public record WaarschuwingView(String code, int regel, String tekst) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  public static HerkomstView of(Herkomst h) {
    if (h == null || h.bron() == null) {
      return null;
    }
    return new HerkomstView(
        h.bron(), h.geimporteerdOp(), h.parserVersie(), h.inhoudHash(), lees(h));
  }

  public static String alsJson(List<WaarschuwingView> waarschuwingen) {
    try {
      return JSON.writeValueAsString(waarschuwingen);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<WaarschuwingView> lees(Herkomst h) {
    if (h.waarschuwingenJson() == null) {
      return List.of();
    }
    try {
      return JSON.readValue(h.waarschuwingenJson(), new TypeReference<List<WaarschuwingView>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Herkomst met ongeldige waarschuwingen", e);
    }
  }
}
