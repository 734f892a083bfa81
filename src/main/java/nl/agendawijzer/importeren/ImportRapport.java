package nl.agendawijzer.importeren;

import java.util.List;
import nl.agendawijzer.importeren.PaginaRapport.Status;

/** The report of one import request or folder run: one entry per page, and the totals. */
public record ImportRapport(boolean proefrun, List<PaginaRapport> paginas, Totalen totalen) {

  public record Totalen(int aangemaakt, int bijgewerkt, int ongewijzigd, int geweigerd) {}

  static ImportRapport of(boolean proefrun, List<PaginaRapport> paginas) {
    return new ImportRapport(
        proefrun,
        List.copyOf(paginas),
        new Totalen(
            tel(paginas, Status.AANGEMAAKT),
            tel(paginas, Status.BIJGEWERKT),
            tel(paginas, Status.ONGEWIJZIGD),
            tel(paginas, Status.GEWEIGERD)));
  }

  private static int tel(List<PaginaRapport> paginas, Status status) {
    return (int) paginas.stream().filter(p -> p.status() == status).count();
  }
}
