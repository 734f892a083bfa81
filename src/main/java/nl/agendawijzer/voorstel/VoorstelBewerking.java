package nl.agendawijzer.voorstel;

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
import java.util.List;
import nl.agendawijzer.api.BodyValidation;
import nl.agendawijzer.api.Idempotency;
import nl.agendawijzer.api.Links;
import nl.agendawijzer.api.MergePatch;
import nl.agendawijzer.api.PreconditionProblem;
import nl.agendawijzer.versies.ResourceType;
import nl.agendawijzer.versies.Revisies;
import nl.agendawijzer.versies.Wijziging;

/** Writes of voorstellen. Deleting one deletes its stemmingen: each leaves a tombstone. */
@ApplicationScoped
public class VoorstelBewerking {

  @Inject VoorstelRepository voorstellen;
  @Inject StemmingRepository stemmingen;
  @Inject VoorstelService lezen;
  @Inject Revisies revisies;
  @Inject Idempotency idempotency;
  @Inject BodyValidation validation;
  @Inject EntityManager entityManager;
  @Inject ObjectMapper json;
  @Inject Links links;
  @Inject Clock clock;

  /** In a transaction of its own, which {@link Idempotency#once} begins. */
  public Response maak(VoorstelInvoer invoer, String idempotencyKey) {
    return idempotency.once(
        idempotencyKey,
        revisies.auteur(),
        invoer,
        () -> {
          BodyValidation.Findings findings = regels(invoer);
          if (invoer != null && invoer.nummer() == null) {
            findings.reject("nummer", "is verplicht bij het aanmaken");
          } else if (invoer != null && voorstellen.findByIdOptional(invoer.nummer()).isPresent()) {
            findings.reject("nummer", "er is al een voorstel met dit nummer");
          }
          validation.check(invoer, findings);
          Instant nu = clock.instant();
          Voorstel voorstel =
              Voorstel.nieuw(
                  invoer.nummer(),
                  soort(invoer),
                  invoer.soortTekst(),
                  invoer.titel(),
                  invoer.onderwerp(),
                  nu);
          voorstel.firstVersion(revisies.eersteVersie(ResourceType.VOORSTEL, invoer.nummer()), nu);
          voorstellen.persist(voorstel);
          revisies.leg(
              ResourceType.VOORSTEL, invoer.nummer(), Wijziging.TOEGEVOEGD, revisies.auteur());
          return new Idempotency.Created(
              URI.create(links.to("voorstellen", invoer.nummer()).href()),
              lezen.weergave(invoer.nummer(), links).orElseThrow());
        });
  }

  @Transactional
  public VoorstelView vervang(String nummer, VoorstelInvoer invoer, String ifMatch) {
    return vervang(huidig(nummer, ifMatch), invoer);
  }

  @Transactional
  public VoorstelView wijzigDeels(String nummer, JsonNode patch, String ifMatch) {
    Voorstel voorstel = huidig(nummer, ifMatch);
    VoorstelView huidig = lezen.weergave(nummer, links).orElseThrow();
    return vervang(voorstel, MergePatch.asBody(json, huidig, patch, VoorstelInvoer.class));
  }

  private VoorstelView vervang(Voorstel voorstel, VoorstelInvoer invoer) {
    String nummer = voorstel.nummer();
    BodyValidation.Findings findings = regels(invoer);
    if (invoer != null && invoer.nummer() != null && !invoer.nummer().equals(nummer)) {
      findings.reject("nummer", "hoort gelijk te zijn aan het nummer in het pad");
    }
    validation.check(invoer, findings);
    if (voorstel.wijzig(soort(invoer), invoer.soortTekst(), invoer.titel(), invoer.onderwerp())) {
      voorstel.changed(clock.instant());
      revisies.leg(ResourceType.VOORSTEL, nummer, Wijziging.GEWIJZIGD, revisies.auteur());
    }
    return lezen.weergave(nummer, links).orElseThrow();
  }

  @Transactional
  public void verwijder(String nummer, String ifMatch) {
    Voorstel voorstel = huidig(nummer, ifMatch);
    Instant nu = clock.instant();
    String auteur = revisies.auteur();
    for (Stemming stemming : stemmingen.vanVoorstellen(List.of(nummer))) {
      entityManager.remove(stemming);
      revisies.verwijderd(ResourceType.STEMMING, stemming.id(), auteur, nu);
    }
    entityManager.remove(voorstel);
    entityManager.flush();
    revisies.verwijderd(ResourceType.VOORSTEL, nummer, auteur, nu);
  }

  private Voorstel huidig(String nummer, String ifMatch) {
    Voorstel voorstel =
        voorstellen
            .findByIdOptional(nummer)
            .orElseThrow(() -> revisies.ontbreekt(ResourceType.VOORSTEL, nummer));
    PreconditionProblem.requireCurrent(ifMatch, voorstel.versie());
    return voorstel;
  }

  private BodyValidation.Findings regels(VoorstelInvoer invoer) {
    BodyValidation.Findings findings = new BodyValidation.Findings();
    if (invoer != null
        && invoer.onderwerp() != null
        && !revisies.houdVast(ResourceType.ONDERWERP, invoer.onderwerp())) {
      findings.reject("onderwerp", "er is geen onderwerp met dit raadsnummer");
    }
    return findings;
  }

  private static VoorstelSoort soort(VoorstelInvoer invoer) {
    return invoer.soort() != null ? invoer.soort() : VoorstelSoort.ONBEKEND;
  }
}
