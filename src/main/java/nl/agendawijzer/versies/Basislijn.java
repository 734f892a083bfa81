package nl.agendawijzer.versies;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import nl.agendawijzer.opslag.Startcontrole;
import nl.agendawijzer.sleutel.Systeemauteurs;

/** On start, gives resources stored before revisions were kept their first version. */
@ApplicationScoped
public class Basislijn implements Systeemauteurs {

  static final String AUTEUR = "basislijn";

  @Inject Revisies revisies;
  @Inject Startcontrole startcontrole;

  void opStart(@Observes StartupEvent start) {
    // Any revision means a basislijn is not needed; without one, basislijn() counts again itself.
    if (!startcontrole.heeftRij("revisie")) {
      revisies.basislijn(AUTEUR);
    }
  }

  @Override
  public boolean bezet(String naam) {
    return naam.equalsIgnoreCase(AUTEUR);
  }
}
