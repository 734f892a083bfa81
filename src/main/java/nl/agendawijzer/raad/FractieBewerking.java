package nl.agendawijzer.raad;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import nl.agendawijzer.api.BodyValidation;
import nl.agendawijzer.api.ConflictProblem;
import nl.agendawijzer.api.Idempotency;
import nl.agendawijzer.api.Links;
import nl.agendawijzer.api.MergePatch;
import nl.agendawijzer.api.PreconditionProblem;
import nl.agendawijzer.versies.ResourceType;
import nl.agendawijzer.versies.Revisies;
import nl.agendawijzer.versies.Wijziging;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Writes of fracties. A change of seats changes the checks of the stemmingen in its span; the event
 * {@link ZetelsGewijzigd} lets the stemmingen recompute them in this same transaction.
 */
@ApplicationScoped
public class FractieBewerking {

  @Inject FractieRepository fracties;
  @Inject FractieService lezen;
  @Inject RaadService raad;
  @Inject Revisies revisies;
  @Inject Idempotency idempotency;
  @Inject BodyValidation validation;
  @Inject EntityManager entityManager;
  @Inject ObjectMapper json;
  @Inject Links links;
  @Inject Clock clock;
  @Inject Event<ZetelsGewijzigd> zetelsGewijzigd;

  /** In a transaction of its own, which {@link Idempotency#once} begins. */
  public Response maak(FractieInvoer invoer, String idempotencyKey) {
    return idempotency.once(
        idempotencyKey,
        revisies.auteur(),
        invoer,
        () -> {
          raad.vergrendelZetels();
          BodyValidation.Findings findings = regels(invoer);
          if (invoer != null
              && invoer.id() != null
              && fracties.findByIdOptional(invoer.id()).isPresent()) {
            findings.reject("id", "er is al een fractie met dit id");
          }
          validation.check(invoer, findings);
          Instant nu = clock.instant();
          Fractie fractie =
              Fractie.nieuw(invoer.id(), invoer.naam(), invoer.afkorting(), invoer.perioden(), nu);
          String id = fractie.id();
          fractie.firstVersion(revisies.eersteVersie(ResourceType.FRACTIE, id), nu);
          fracties.persist(fractie);
          revisies.leg(ResourceType.FRACTIE, id, Wijziging.TOEGEVOEGD, revisies.auteur());
          gewijzigd(id, List.of(), fractie.zetels());
          return new Idempotency.Created(
              URI.create(links.to("fracties", id).href()), lezen.weergave(id, links).orElseThrow());
        });
  }

  @Transactional
  public FractieView vervang(String id, FractieInvoer invoer, String ifMatch) {
    return vervang(huidig(id, ifMatch), invoer);
  }

  @Transactional
  public FractieView wijzigDeels(String id, JsonNode patch, String ifMatch) {
    Fractie fractie = huidig(id, ifMatch);
    FractieView huidig = lezen.weergave(id, links).orElseThrow();
    return vervang(fractie, MergePatch.asBody(json, huidig, patch, FractieInvoer.class));
  }

  private FractieView vervang(Fractie fractie, FractieInvoer invoer) {
    String id = fractie.id();
    BodyValidation.Findings findings = regels(invoer);
    if (invoer != null && !Objects.equals(invoer.id(), id)) {
      findings.reject("id", "het id van een fractie verandert niet; het is " + id);
    }
    validation.check(invoer, findings);
    List<ZetelPeriode> oud = List.copyOf(fractie.zetels());
    if (fractie.wijzig(invoer.naam(), invoer.afkorting(), invoer.perioden())) {
      fractie.changed(clock.instant());
      revisies.leg(ResourceType.FRACTIE, id, Wijziging.GEWIJZIGD, revisies.auteur());
      gewijzigd(id, oud, fractie.zetels());
    }
    return lezen.weergave(id, links).orElseThrow();
  }

  @Transactional
  public void verwijder(String id, String ifMatch) {
    Fractie fractie = huidig(id, ifMatch);
    List<ZetelPeriode> oud = List.copyOf(fractie.zetels());
    entityManager.remove(fractie);
    try {
      entityManager.flush();
    } catch (ConstraintViolationException e) {
      // Only a reference: a concurrent change (an optimistic lock) must stay a 412.
      // The foreign key of the faction results of stemmingen says it is still in use.
      throw new ConflictProblem(
          "Fractie " + id + " heeft uitslagen bij stemmingen; verwijder die eerst.");
    }
    revisies.verwijderd(ResourceType.FRACTIE, id, revisies.auteur(), clock.instant());
    gewijzigd(id, oud, List.of());
  }

  /** Tells the stemmingen in the span of the old and new seats that their check may change. */
  private void gewijzigd(String id, List<ZetelPeriode> oud, List<ZetelPeriode> nieuw) {
    if (oud.equals(nieuw)) {
      return;
    }
    List<ZetelPeriode> alle = new ArrayList<>(oud);
    alle.addAll(nieuw);
    LocalDate vanaf =
        alle.stream().map(ZetelPeriode::geldigVanaf).min(Comparator.naturalOrder()).orElseThrow();
    LocalDate tot =
        alle.stream().anyMatch(z -> z.geldigTot() == null)
            ? null
            : alle.stream().map(ZetelPeriode::geldigTot).max(Comparator.naturalOrder()).get();
    entityManager.flush();
    zetelsGewijzigd.fire(new ZetelsGewijzigd(id, vanaf, tot));
  }

  /** The fractie to change, read after the seats are locked (see RaadService). */
  private Fractie huidig(String id, String ifMatch) {
    raad.vergrendelZetels();
    Fractie fractie =
        fracties
            .findByIdOptional(id)
            .orElseThrow(() -> revisies.ontbreekt(ResourceType.FRACTIE, id));
    PreconditionProblem.requireCurrent(ifMatch, fractie.versie());
    return fractie;
  }

  /** Each period ends on or after it starts, and no two periods of a faction overlap. */
  private static BodyValidation.Findings regels(FractieInvoer invoer) {
    BodyValidation.Findings findings = new BodyValidation.Findings();
    if (invoer != null && "overeenstemming".equals(invoer.id())) {
      // /v1/fracties/overeenstemming is the agreement overview, so no faction can have that id.
      findings.reject("id", "is gereserveerd voor /v1/fracties/overeenstemming");
    }
    if (invoer == null || invoer.zetelperioden() == null) {
      return findings;
    }
    List<FractieInvoer.ZetelPeriodeInvoer> perioden = invoer.zetelperioden();
    for (int i = 0; i < perioden.size(); i++) {
      var p = perioden.get(i);
      if (p == null || p.geldigVanaf() == null) {
        continue;
      }
      if (p.geldigTot() != null && p.geldigTot().isBefore(p.geldigVanaf())) {
        findings.reject(
            "zetelperioden[%d].geldigTot".formatted(i), "ligt voor geldigVanaf " + p.geldigVanaf());
      }
      for (int j = 0; j < i; j++) {
        var q = perioden.get(j);
        if (q != null && q.geldigVanaf() != null && overlappen(p, q)) {
          findings.reject(
              "zetelperioden[%d]".formatted(i),
              "overlapt met zetelperioden[%d] (vanaf %s); een fractie heeft op een datum één"
                      .formatted(j, q.geldigVanaf())
                  + " aantal zetels");
        }
      }
    }
    return findings;
  }

  private static boolean overlappen(
      FractieInvoer.ZetelPeriodeInvoer a, FractieInvoer.ZetelPeriodeInvoer b) {
    boolean aVoorB = a.geldigTot() != null && a.geldigTot().isBefore(b.geldigVanaf());
    boolean bVoorA = b.geldigTot() != null && b.geldigTot().isBefore(a.geldigVanaf());
    return !aVoorB && !bVoorA;
  }
}
