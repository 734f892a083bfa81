package nl.agendawijzer.importeren;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import nl.agendawijzer.onderwerp.OnderwerpRepository;
import nl.agendawijzer.opslag.Startcontrole;
import nl.agendawijzer.sleutel.Systeemauteurs;
import org.jboss.logging.Logger;

/**
 * Loads the reference page (23161, Mensenhandel) into an empty database on start, through the
 * importer, so a newcomer has real data to query. A database that holds any onderwerp is left
 * alone: restarting never loads the page twice.
 */
@ApplicationScoped
public class ReferentieData implements Systeemauteurs {

  static final String PAGINA = "referentiedata/23161-mensenhandel.txt";

  /** The author of the reference data's first versions. */
  static final String AUTEUR = "referentiedata";

  private static final Logger LOG = Logger.getLogger(ReferentieData.class);

  @Inject PaginaImporteur importeur;
  @Inject OnderwerpRepository onderwerpen;
  @Inject Startcontrole startcontrole;

  @Inject ReferentiedataConfig config;

  @Override
  public boolean bezet(String naam) {
    return naam.equalsIgnoreCase(AUTEUR);
  }

  void opStart(@Observes StartupEvent start) {
    // One onderwerp found over JDBC settles a restart; an empty database is checked again in the
    // transaction that loads it.
    if (config.laden() && !startcontrole.heeftRij("onderwerp")) {
      laadAlsLeeg();
    }
  }

  @Transactional
  void laadAlsLeeg() {
    // Another replica may be loading it right now: wait for it, then count what it committed.
    startcontrole.houdStartwerkVast();
    if (onderwerpen.count() > 0) {
      return;
    }
    String nr = importeur.importeer(PAGINA, lees(PAGINA), AUTEUR, false).onderwerp();
    LOG.infof("Referentiedata geladen: onderwerp %s uit %s", nr, PAGINA);
  }

  static String lees(String resource) {
    try (InputStream in =
        Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Resource ontbreekt: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
