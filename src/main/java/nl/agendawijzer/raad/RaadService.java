package nl.agendawijzer.raad;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.agendawijzer.api.Links;
import nl.agendawijzer.api.NotFoundProblem;

@ApplicationScoped
public class RaadService {

  @Inject RaadRepository raden;
  @Inject FractieRepository fracties;
  @Inject Links links;

  @Transactional
  public RaadView raad() {
    return RaadView.of(almere(), links);
  }

  /** The seats of the council and its factions through time, read once for a whole list. */
  @Transactional
  public Zetelkalender zetelkalender() {
    return new Zetelkalender(
        almere().perioden().stream()
            .map(p -> new Zetelkalender.Termijn(p.van(), p.tot(), p.zetels()))
            .toList(),
        fracties.termijnen());
  }

  private Raad almere() {
    return raden
        .findByIdOptional(RaadRepository.ALMERE)
        .orElseThrow(() -> new NotFoundProblem("Raad", RaadRepository.ALMERE));
  }
}
