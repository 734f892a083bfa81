package nl.agendawijzer.raad;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import nl.agendawijzer.api.BodyValidation;
import nl.agendawijzer.api.Links;
import nl.agendawijzer.api.PreconditionProblem;

/**
 * Writes of the council's terms. A term belongs to the council's representation, so the council's
 * version is the one that is checked (If-Match) and raised. Changed seats change the checks of the
 * stemmingen in the term, recomputed in this transaction via {@link ZetelsGewijzigd}.
 */
@ApplicationScoped
public class RaadBewerking {

  /** A term is named after the years of its elections. */
  private static final String PERIODE = "\\d{4}-\\d{4}";

  @Inject RaadService raadService;
  @Inject BodyValidation validation;
  @Inject EntityManager entityManager;
  @Inject Links links;
  @Inject Clock clock;
  @Inject Event<ZetelsGewijzigd> zetelsGewijzigd;

  /** Makes or replaces a term. */
  @Transactional
  public RaadView periode(String periode, RaadsperiodeInvoer invoer, String ifMatch) {
    Raad raad = raadService.vergrendelZetels();
    PreconditionProblem.requireCurrent(ifMatch, raad.versie());
    BodyValidation.Findings findings = new BodyValidation.Findings();
    if (!periode.matches(PERIODE)) {
      findings.reject("periode", "is geen periode in de vorm 2022-2026: '" + periode + "'");
    }
    if (invoer != null && invoer.van() != null) {
      if (invoer.tot() != null && invoer.tot().isBefore(invoer.van())) {
        findings.reject("tot", "ligt voor van " + invoer.van());
      }
      raad.perioden().stream()
          .filter(p -> !p.periode().equals(periode))
          .filter(p -> overlappen(p.van(), p.tot(), invoer.van(), invoer.tot()))
          .forEach(
              p ->
                  findings.reject(
                      "van",
                      "de periode overlapt met %s (%s tot %s)"
                          .formatted(p.periode(), p.van(), p.tot() == null ? "nu" : p.tot())));
    }
    validation.check(invoer, findings);
    Optional<Raadsperiode> bestaand =
        raad.perioden().stream().filter(p -> p.periode().equals(periode)).findFirst();
    LocalDate vanaf = invoer.van();
    LocalDate tot = invoer.tot();
    boolean anders;
    if (bestaand.isPresent()) {
      Raadsperiode p = bestaand.get();
      vanaf = p.van().isBefore(vanaf) ? p.van() : vanaf;
      tot = p.tot() == null || tot == null ? null : (p.tot().isAfter(tot) ? p.tot() : tot);
      anders = p.wijzig(invoer.van(), invoer.tot(), invoer.zetels());
    } else {
      Raadsperiode p =
          Raadsperiode.nieuw(raad, periode, invoer.van(), invoer.tot(), invoer.zetels());
      entityManager.persist(p);
      raad.perioden().add(p);
      raad.perioden().sort(Comparator.comparing(Raadsperiode::van));
      anders = true;
    }
    if (anders) {
      raad.changed(clock.instant());
      entityManager.flush();
      zetelsGewijzigd.fire(new ZetelsGewijzigd(null, vanaf, tot));
    }
    return RaadView.of(raad, links);
  }

  private static boolean overlappen(
      LocalDate van1, LocalDate tot1, LocalDate van2, LocalDate tot2) {
    boolean eenVoorTwee = tot1 != null && tot1.isBefore(van2);
    boolean tweeVoorEen = tot2 != null && tot2.isBefore(van1);
    return !eenVoorTwee && !tweeVoorEen;
  }
}
