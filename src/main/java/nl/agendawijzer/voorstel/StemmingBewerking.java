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
import java.util.Objects;
import nl.agendawijzer.api.BodyValidation;
import nl.agendawijzer.api.Idempotency;
import nl.agendawijzer.api.Links;
import nl.agendawijzer.api.MergePatch;
import nl.agendawijzer.api.PreconditionProblem;
import nl.agendawijzer.raad.RaadService;
import nl.agendawijzer.versies.ResourceType;
import nl.agendawijzer.versies.Revisies;
import nl.agendawijzer.versies.Wijziging;

/**
 * Writes of stemmingen. A stemming is part of its voorstel's representation, so every change to one
 * is also a new version of the voorstel. The vote check is computed on every read, so it always
 * reflects the stored numbers.
 */
@ApplicationScoped
public class StemmingBewerking {

  @Inject StemmingRepository stemmingen;
  @Inject VoorstelRepository voorstellen;
  @Inject StemmingService lezen;
  @Inject RaadService raad;
  @Inject Revisies revisies;
  @Inject Idempotency idempotency;
  @Inject BodyValidation validation;
  @Inject EntityManager entityManager;
  @Inject ObjectMapper json;
  @Inject Links links;
  @Inject Clock clock;

  @Transactional
  public Response maak(StemmingInvoer invoer, String idempotencyKey) {
    return idempotency.once(
        idempotencyKey,
        revisies.auteur(),
        invoer,
        () -> {
          validation.check(invoer, regels(invoer));
          String basis = Stemming.idVoor(invoer.voorstel(), invoer.datum());
          String id = basis;
          for (int n = 2; stemmingen.findByIdOptional(id).isPresent(); n++) {
            id = basis + "-" + n;
          }
          Instant nu = clock.instant();
          Stemming stemming =
              Stemming.nieuw(
                  id,
                  invoer.voorstel(),
                  invoer.vergadering(),
                  invoer.datum(),
                  invoer.uitslag(),
                  invoer.uitslagTekst(),
                  invoer.voor(),
                  invoer.tegen(),
                  nu);
          stemming.firstVersion(revisies.eersteVersie(ResourceType.STEMMING, id), nu);
          stemmingen.persist(stemming);
          vastleggen(id, invoer.voorstel(), Wijziging.TOEGEVOEGD, nu);
          return new Idempotency.Created(
              URI.create(links.to("stemmingen", id).href()),
              lezen.weergave(id, links).orElseThrow());
        });
  }

  @Transactional
  public StemmingView vervang(String id, StemmingInvoer invoer, String ifMatch) {
    return vervang(huidig(id, ifMatch), invoer);
  }

  @Transactional
  public StemmingView wijzigDeels(String id, JsonNode patch, String ifMatch) {
    Stemming stemming = huidig(id, ifMatch);
    StemmingView huidig = lezen.weergave(id, links).orElseThrow();
    return vervang(stemming, MergePatch.asBody(json, huidig, patch, StemmingInvoer.class));
  }

  private StemmingView vervang(Stemming stemming, StemmingInvoer invoer) {
    String id = stemming.id();
    BodyValidation.Findings findings = regels(invoer);
    if (invoer != null && !Objects.equals(invoer.voorstel(), stemming.voorstel())) {
      findings.reject("voorstel", "een stemming verhuist niet naar een ander voorstel");
    }
    validation.check(invoer, findings);
    boolean anders =
        stemming.wijzig(
            invoer.vergadering(),
            invoer.datum(),
            invoer.uitslagOfUitTekst(),
            invoer.uitslagTekst(),
            invoer.voor(),
            invoer.tegen());
    if (anders) {
      vastleggen(id, stemming.voorstel(), Wijziging.GEWIJZIGD, clock.instant());
    }
    return lezen.weergave(id, links).orElseThrow();
  }

  @Transactional
  public void verwijder(String id, String ifMatch) {
    Stemming stemming = huidig(id, ifMatch);
    Instant nu = clock.instant();
    entityManager.remove(stemming);
    entityManager.flush();
    revisies.verwijderd(ResourceType.STEMMING, id, revisies.auteur(), nu);
    wijzigVoorstel(stemming.voorstel(), nu);
  }

  /** The stemming's version, then its voorstel's, which embeds it. */
  private void vastleggen(String id, String voorstel, Wijziging soort, Instant nu) {
    stemmingen.findById(id).changed(nu);
    revisies.leg(ResourceType.STEMMING, id, soort, revisies.auteur());
    wijzigVoorstel(voorstel, nu);
  }

  private void wijzigVoorstel(String nummer, Instant nu) {
    voorstellen.findById(nummer).changed(nu);
    revisies.leg(ResourceType.VOORSTEL, nummer, Wijziging.GEWIJZIGD, revisies.auteur());
  }

  private Stemming huidig(String id, String ifMatch) {
    Stemming stemming =
        stemmingen
            .findByIdOptional(id)
            .orElseThrow(() -> revisies.ontbreekt(ResourceType.STEMMING, id));
    PreconditionProblem.requireCurrent(ifMatch, stemming.versie());
    return stemming;
  }

  /** The domain's rules: the voorstel and meeting exist, the votes fit in the council. */
  private BodyValidation.Findings regels(StemmingInvoer invoer) {
    BodyValidation.Findings findings = new BodyValidation.Findings();
    if (invoer == null) {
      return findings;
    }
    if (invoer.voorstel() != null && voorstellen.findByIdOptional(invoer.voorstel()).isEmpty()) {
      findings.reject("voorstel", "er is geen voorstel met dit nummer");
    }
    if (invoer.vergadering() != null
        && !revisies.bestaat(ResourceType.VERGADERING, invoer.vergadering())) {
      findings.reject("vergadering", "er is geen vergadering met dit id");
    }
    if (invoer.voor() != null && invoer.tegen() != null) {
      raad.zetelkalender()
          .zetelsOp(invoer.datum())
          .filter(zetels -> invoer.voor() + invoer.tegen() > zetels)
          .ifPresent(
              zetels ->
                  findings.reject(
                      "voor",
                      "voor + tegen = %d is meer dan de %d zetels op die datum"
                          .formatted(invoer.voor() + invoer.tegen(), zetels)));
    }
    return findings;
  }
}
