package nl.agendawijzer.voorstel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/** The members' votes of a faction result as the JSON text they are stored as. */
final class StemmenJson {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<Stem>> STEMMEN = new TypeReference<>() {};

  private StemmenJson() {}

  static String naarTekst(List<Stem> stemmen) {
    try {
      return stemmen == null ? null : JSON.writeValueAsString(stemmen);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stemmen zijn geen JSON", e);
    }
  }

  static List<Stem> uitTekst(String json) {
    try {
      return json == null ? null : List.copyOf(JSON.readValue(json, STEMMEN));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stemmen zijn geen JSON: " + json, e);
    }
  }
}
