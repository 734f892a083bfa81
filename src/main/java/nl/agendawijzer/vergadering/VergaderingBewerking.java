package nl.agendawijzer.vergadering;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
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

/** Writes of vergaderingen. Date and kind make the id, so only the description can change. */
@ApplicationScoped
public class VergaderingBewerking {

  @Inject VergaderingRepository vergaderingen;
  @Inject VergaderingService lezen;
  @Inject Revisies revisies;
  @Inject Idempotency idempotency;
  @Inject BodyValidation validation;
  @Inject EntityManager entityManager;
  @Inject ObjectMapper json;
  @Inject Links links;
  @Inject Clock clock;

  /** In a transaction of its own, which {@link Idempotency#once} begins. */
  public Response maak(VergaderingInvoer invoer, String idempotencyKey) {
    return idempotency.once(
        idempotencyKey,
        revisies.auteur(),
        invoer,
        () -> {
          BodyValidation.Findings findings = new BodyValidation.Findings();
          if (invoer != null
              && invoer.datum() != null
              && invoer.soort() != null
              && vergaderingen
                  .findByIdOptional(Vergadering.idVoor(invoer.datum(), invoer.soort()))
                  .isPresent()) {
            findings.reject("datum", "er is al een vergadering van dit soort op deze datum");
          }
          validation.check(invoer, findings);
          Instant nu = clock.instant();
          Vergadering vergadering =
              Vergadering.nieuw(invoer.datum(), invoer.soort(), invoer.omschrijving(), nu);
          String id = vergadering.id();
          vergadering.firstVersion(revisies.eersteVersie(ResourceType.VERGADERING, id), nu);
          vergaderingen.persist(vergadering);
          revisies.leg(ResourceType.VERGADERING, id, Wijziging.TOEGEVOEGD, revisies.auteur());
          return new Idempotency.Created(
              URI.create(links.to("vergaderingen", id).href()),
              lezen.weergave(id, links).orElseThrow());
        });
  }

  @Transactional
  public VergaderingView vervang(String id, VergaderingInvoer invoer, String ifMatch) {
    return vervang(huidig(id, ifMatch), invoer);
  }

  @Transactional
  public VergaderingView wijzigDeels(String id, JsonNode patch, String ifMatch) {
    Vergadering vergadering = huidig(id, ifMatch);
    VergaderingView huidig = lezen.weergave(id, links).orElseThrow();
    return vervang(vergadering, MergePatch.asBody(json, huidig, patch, VergaderingInvoer.class));
  }

  private VergaderingView vervang(Vergadering vergadering, VergaderingInvoer invoer) {
    String id = vergadering.id();
    BodyValidation.Findings findings = new BodyValidation.Findings();
    if (invoer != null
        && invoer.datum() != null
        && invoer.soort() != null
        && !Vergadering.idVoor(invoer.datum(), invoer.soort()).equals(id)) {
      findings.reject("datum", "datum en soort vormen het id en veranderen niet");
    }
    validation.check(invoer, findings);
    if (vergadering.wijzigOmschrijving(invoer.omschrijving())) {
      vergadering.changed(clock.instant());
      revisies.leg(ResourceType.VERGADERING, id, Wijziging.GEWIJZIGD, revisies.auteur());
    }
    return lezen.weergave(id, links).orElseThrow();
  }

  @Transactional
  public void verwijder(String id, String ifMatch) {
    Vergadering vergadering = huidig(id, ifMatch);
    entityManager.remove(vergadering);
    try {
      entityManager.flush();
    } catch (ConstraintViolationException e) {
      // Only a reference: a concurrent change (an optimistic lock) must stay a 412.
      // The foreign keys of stemmingen and history entries say it is still in use.
      throw new ConflictProblem(
          "Vergadering "
              + id
              + " wordt nog gebruikt door stemmingen of de tijdlijn van een"
              + " onderwerp.");
    }
    revisies.verwijderd(ResourceType.VERGADERING, id, revisies.auteur(), clock.instant());
  }

  private Vergadering huidig(String id, String ifMatch) {
    Vergadering vergadering =
        vergaderingen
            .findByIdOptional(id)
            .orElseThrow(() -> revisies.ontbreekt(ResourceType.VERGADERING, id));
    PreconditionProblem.requireCurrent(ifMatch, vergadering.versie());
    return vergadering;
  }
}
