package nl.agendawijzer.versies;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import nl.agendawijzer.sleutel.Systeemauteurs;

/** On start, gives resources stored before revisions were kept their first version. */
@ApplicationScoped
public class Basislijn implements Systeemauteurs {

  static final String AUTEUR = "basislijn";

  @Inject Revisies revisies;

  void opStart(@Observes StartupEvent start) {
    revisies.basislijn(AUTEUR);
  }

  @Override
  public boolean bezet(String naam) {
    return naam.equalsIgnoreCase(AUTEUR);
  }
}
