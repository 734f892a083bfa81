package nl.agendawijzer.importeren;

import java.util.List;

/** A batch of pages: {@code {"paginas": [{"bron": "...", "tekst": "..."}]}}. */
public record ImportAanvraag(List<Pagina> paginas) {

  public record Pagina(String bron, String tekst) {}
}
