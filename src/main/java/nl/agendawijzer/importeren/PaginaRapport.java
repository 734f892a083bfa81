package nl.agendawijzer.importeren;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import nl.agendawijzer.versies.HerkomstView.WaarschuwingView;
import nl.agendawijzer.versies.ResourceType;

/**
 * What importing one page did: created, updated, unchanged or rejected, with the resources it
 * touched and the parser's warnings. A rejected page names the line and the reason; a dry run also
 * carries the parsed page.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PaginaRapport(
    @JsonInclude(JsonInclude.Include.ALWAYS) String bron,
    Status status,
    String onderwerp,
    List<Resource> aangemaakt,
    List<Resource> bijgewerkt,
    List<WaarschuwingView> waarschuwingen,
    Integer regel,
    String reden,
    GeparseerdePagina pagina) {

  public enum Status {
    AANGEMAAKT,
    BIJGEWERKT,
    ONGEWIJZIGD,
    GEWEIGERD
  }

  /** One resource the import created or changed. */
  public record Resource(ResourceType type, String id) {}

  static PaginaRapport geweigerd(String bron, int regel, String reden) {
    return new PaginaRapport(
        bron, Status.GEWEIGERD, null, List.of(), List.of(), List.of(), regel, reden, null);
  }

  PaginaRapport metPagina(GeparseerdePagina pagina) {
    return new PaginaRapport(
        bron, status, onderwerp, aangemaakt, bijgewerkt, waarschuwingen, regel, reden, pagina);
  }
}
