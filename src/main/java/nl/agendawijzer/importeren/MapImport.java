package nl.agendawijzer.importeren;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import nl.agendawijzer.sleutel.Systeemauteurs;

/**
 * The folder command: imports every file of a folder (sorted by name, sub-folders included) as one
 * page each, in a transaction per page, printing a progress line per page and ending with a report
 * table and totals. Exit code 0 when every page was imported, 2 when any was rejected, 1 when the
 * folder cannot be read.
 */
@ApplicationScoped
public class MapImport implements Systeemauteurs {

  /** The folder command writes as this, followed by the operating-system user. */
  static final String AUTEUR_VOORVOEGSEL = "importeer-map ";

  /** Files read into memory at a time: a bound on the heap whatever the folder holds. */
  private static final int LEESBLOK = 100;

  @Inject ImportService service;

  @Override
  public boolean bezet(String naam) {
    return naam.regionMatches(true, 0, AUTEUR_VOORVOEGSEL, 0, AUTEUR_VOORVOEGSEL.length())
        || naam.equalsIgnoreCase(AUTEUR_VOORVOEGSEL.strip());
  }

  public int voer(Path map, PrintStream out) {
    List<Path> bestanden;
    try (Stream<Path> paden = Files.walk(map)) {
      bestanden = paden.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException | UncheckedIOException e) {
      out.println("Kan map " + map + " niet lezen: " + e.getMessage());
      return 1;
    }
    String auteur = AUTEUR_VOORVOEGSEL + System.getProperty("user.name", "onbekend");
    long start = System.nanoTime();
    List<PaginaRapport> rapporten = new ArrayList<>();
    for (int begin = 0; begin < bestanden.size(); begin += LEESBLOK) {
      List<Path> blok = bestanden.subList(begin, Math.min(begin + LEESBLOK, bestanden.size()));
      for (PaginaRapport rapport : importeer(map, blok, auteur)) {
        rapporten.add(rapport);
        out.printf(
            Locale.ROOT,
            "[%d/%d] %s: %s%s%n",
            rapporten.size(),
            bestanden.size(),
            rapport.bron(),
            rapport.status(),
            rapport.status() == PaginaRapport.Status.GEWEIGERD
                ? " (" + rapport.reden() + ")"
                : rapport.waarschuwingen().isEmpty()
                    ? ""
                    : " (" + rapport.waarschuwingen().size() + " waarschuwingen)");
      }
    }
    double seconden = (System.nanoTime() - start) / 1e9;
    ImportRapport totaal = ImportRapport.of(false, rapporten);
    out.println();
    out.print(tabel(rapporten));
    ImportRapport.Totalen t = totaal.totalen();
    out.printf(
        Locale.ROOT,
        "Totaal: %d pagina's: %d aangemaakt, %d bijgewerkt, %d ongewijzigd, %d geweigerd"
            + " (%.1f s, %.1f pagina's/s)%n",
        rapporten.size(),
        t.aangemaakt(),
        t.bijgewerkt(),
        t.ongewijzigd(),
        t.geweigerd(),
        seconden,
        seconden > 0 ? rapporten.size() / seconden : 0.0);
    return t.geweigerd() > 0 ? 2 : 0;
  }

  /**
   * The files of one block, in order: read here (a file over the size limit, or not UTF-8, is
   * rejected without being stored), imported together by {@link ImportService#importeerSamen}.
   */
  private List<PaginaRapport> importeer(Path map, List<Path> bestanden, String auteur) {
    PaginaRapport[] rapporten = new PaginaRapport[bestanden.size()];
    List<Integer> gelezen = new ArrayList<>();
    List<ImportService.Bron> paginas = new ArrayList<>();
    for (int i = 0; i < bestanden.size(); i++) {
      String bron = map.relativize(bestanden.get(i)).toString();
      try {
        long grootte = Files.size(bestanden.get(i));
        if (grootte > service.maxPagina()) {
          rapporten[i] =
              PaginaRapport.geweigerd(
                  bron,
                  0,
                  "Het bestand is " + grootte + " bytes; de grens is " + service.maxPagina());
        } else {
          paginas.add(
              new ImportService.Bron(
                  bron, ImportService.utf8(Files.readAllBytes(bestanden.get(i)))));
          gelezen.add(i);
        }
      } catch (OngeldigePagina e) {
        rapporten[i] = PaginaRapport.geweigerd(bron, e.regel(), e.getMessage());
      } catch (IOException e) {
        rapporten[i] =
            PaginaRapport.geweigerd(bron, 0, "Kan het bestand niet lezen: " + e.getMessage());
      }
    }
    List<PaginaRapport> geimporteerd = service.importeerSamen(paginas, auteur);
    for (int j = 0; j < gelezen.size(); j++) {
      rapporten[gelezen.get(j)] = geimporteerd.get(j);
    }
    return List.of(rapporten);
  }

  /** One row per page: file, status, onderwerp, counts, warning codes or the reason. */
  static String tabel(List<PaginaRapport> rapporten) {
    int breedte =
        Math.max(
            6, rapporten.stream().mapToInt(r -> String.valueOf(r.bron()).length()).max().orElse(6));
    StringBuilder s = new StringBuilder();
    String formaat = "%-" + breedte + "s  %-11s  %-14s  %5s  %5s  %s%n";
    s.append(
        String.format(
            Locale.ROOT,
            formaat,
            "Pagina",
            "Status",
            "Onderwerp",
            "Nieuw",
            "Gewijz",
            "Waarschuwingen / reden"));
    for (PaginaRapport r : rapporten) {
      String toelichting =
          r.status() == PaginaRapport.Status.GEWEIGERD
              ? "regel " + r.regel() + ": " + r.reden()
              : String.join(
                  ", ", r.waarschuwingen().stream().map(w -> w.code() + "@" + w.regel()).toList());
      s.append(
          String.format(
              Locale.ROOT,
              formaat,
              r.bron(),
              r.status(),
              r.onderwerp() == null ? "-" : r.onderwerp(),
              r.aangemaakt().size(),
              r.bijgewerkt().size(),
              toelichting));
    }
    return s.toString();
  }
}
