package nl.agendawijzer.versies;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** On start, gives resources stored before revisions were kept their first version. */
@ApplicationScoped
public class Basislijn {

  static final String AUTEUR = "basislijn";

  @Inject Revisies revisies;

  void opStart(@Observes StartupEvent start) {
    revisies.basislijn(AUTEUR);
  }
}
