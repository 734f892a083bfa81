package nl.agendawijzer.voorstel;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import nl.agendawijzer.opslag.Startcontrole;
import org.jboss.logging.Logger;

/**
 * Stores the check of stemmingen that were stored before checks were kept (V7). Later writes keep
 * it current themselves, so after the first start this finds nothing.
 */
@ApplicationScoped
class ControleAanvulling {

  private static final Logger LOG = Logger.getLogger(ControleAanvulling.class);

  @Inject StemmingService stemmingen;
  @Inject Startcontrole startcontrole;

  void opStart(@Observes StartupEvent start) {
    // Only a stemming without a stored check needs the seat calendar read and the check made.
    if (!startcontrole.heeftRij("stemming", "controle_status is null")) {
      return;
    }
    int aantal = stemmingen.controlesAanvullen();
    if (aantal > 0) {
      LOG.infof("Controle vastgelegd van %d stemmingen zonder opgeslagen controle", aantal);
    }
  }
}
