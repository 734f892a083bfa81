package nl.agendawijzer.onderwerp;

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
import nl.agendawijzer.api.ConflictProblem;
import nl.agendawijzer.api.Idempotency;
import nl.agendawijzer.api.Links;
import nl.agendawijzer.api.MergePatch;
import nl.agendawijzer.api.PreconditionProblem;
import nl.agendawijzer.document.Document;
import nl.agendawijzer.document.DocumentRepository;
import nl.agendawijzer.versies.ResourceType;
import nl.agendawijzer.versies.Revisies;
import nl.agendawijzer.versies.Wijziging;
import nl.agendawijzer.voorstel.VoorstelService;

/**
 * Creating, replacing, patching and deleting onderwerpen with their secties, doelen and documenten.
 * Each request is one transaction that ends with a new version in the revision history, authored by
 * the key's name. A change to a part is a change to the onderwerp: it gets a new version too.
 */
@ApplicationScoped
public class OnderwerpBewerking {

  @Inject OnderwerpRepository onderwerpen;
  @Inject DocumentRepository documenten;
  @Inject VoorstelService voorstellen;
  @Inject OnderwerpService lezen;
  @Inject Revisies revisies;
  @Inject Idempotency idempotency;
  @Inject BodyValidation validation;
  @Inject EntityManager entityManager;
  @Inject ObjectMapper json;
  @Inject Links links;
  @Inject Clock clock;

  /** In a transaction of its own, which {@link Idempotency#once} begins. */
  public Response maak(OnderwerpInvoer invoer, String idempotencyKey) {
    return idempotency.once(
        idempotencyKey,
        auteur(),
        invoer,
        () -> {
          BodyValidation.Findings findings = new BodyValidation.Findings();
          if (invoer != null && invoer.raadsnummer() == null) {
            findings.reject("raadsnummer", "is verplicht bij het aanmaken");
          }
          if (invoer != null
              && invoer.raadsnummer() != null
              && onderwerpen.findByIdOptional(invoer.raadsnummer()).isPresent()) {
            findings.reject("raadsnummer", "er is al een onderwerp met dit raadsnummer");
          }
          domeinregels(invoer, findings);
          validation.check(invoer, findings);
          String nr = invoer.raadsnummer();
          Instant nu = clock.instant();
          Onderwerp onderwerp =
              Onderwerp.nieuw(
                  nr,
                  invoer.titel(),
                  invoer.status(),
                  invoer.statusTekst(),
                  invoer.geschrevenOp(),
                  invoer.laatstBewerktOp(),
                  invoer.inleiding(),
                  invoer.afbeelding() == null ? null : invoer.afbeelding().alt(),
                  secties(invoer),
                  nu);
          onderwerp.firstVersion(revisies.eersteVersie(ResourceType.ONDERWERP, nr), nu);
          onderwerpen.persist(onderwerp);
          delen(nr, invoer, nu);
          revisies.leg(ResourceType.ONDERWERP, nr, Wijziging.TOEGEVOEGD, auteur());
          return new Idempotency.Created(
              URI.create(links.to("onderwerpen", nr).href()),
              lezen.weergave(nr, links).orElseThrow());
        });
  }

  @Transactional
  public OnderwerpView vervang(String nr, OnderwerpInvoer invoer, String ifMatch) {
    return vervang(huidig(nr, ifMatch), invoer);
  }

  /** JSON Merge Patch on the current representation, then the same rules as a replace. */
  @Transactional
  public OnderwerpView wijzigDeels(String nr, JsonNode patch, String ifMatch) {
    Onderwerp onderwerp = huidig(nr, ifMatch);
    OnderwerpView huidig = lezen.weergave(nr, links).orElseThrow();
    return vervang(onderwerp, MergePatch.asBody(json, huidig, patch, OnderwerpInvoer.class));
  }

  private OnderwerpView vervang(Onderwerp onderwerp, OnderwerpInvoer invoer) {
    String nr = onderwerp.raadsnummer();
    BodyValidation.Findings findings = new BodyValidation.Findings();
    if (invoer != null && invoer.raadsnummer() != null && !invoer.raadsnummer().equals(nr)) {
      findings.reject("raadsnummer", "hoort gelijk te zijn aan het raadsnummer in het pad");
    }
    domeinregels(invoer, findings);
    validation.check(invoer, findings);
    Instant nu = clock.instant();
    boolean anders =
        onderwerp.wijzig(
            invoer.titel(),
            invoer.status(),
            invoer.statusTekst(),
            invoer.geschrevenOp(),
            invoer.laatstBewerktOp(),
            invoer.inleiding(),
            invoer.afbeelding() == null ? null : invoer.afbeelding().alt(),
            secties(invoer));
    anders |= delen(nr, invoer, nu);
    if (anders) {
      onderwerp.changed(nu);
      revisies.leg(ResourceType.ONDERWERP, nr, Wijziging.GEWIJZIGD, auteur());
    }
    return lezen.weergave(nr, links).orElseThrow();
  }

  @Transactional
  public void verwijder(String nr, String ifMatch) {
    Onderwerp onderwerp = huidig(nr, ifMatch);
    if (voorstellen.aantalVanOnderwerp(nr) > 0) {
      throw new ConflictProblem(
          "Onderwerp " + nr + " heeft nog voorstellen; verwijder die eerst of hang ze elders op.");
    }
    onderwerpen.doelen(nr).forEach(entityManager::remove);
    documenten.vanOnderwerp(nr).forEach(entityManager::remove);
    onderwerpen.tijdlijn(nr).forEach(entityManager::remove);
    entityManager.remove(onderwerp);
    entityManager.flush();
    revisies.verwijderd(ResourceType.ONDERWERP, nr, auteur(), clock.instant());
  }

  private Onderwerp huidig(String nr, String ifMatch) {
    Onderwerp onderwerp =
        onderwerpen
            .findByIdOptional(nr)
            .orElseThrow(() -> revisies.ontbreekt(ResourceType.ONDERWERP, nr));
    PreconditionProblem.requireCurrent(ifMatch, onderwerp.versie());
    return onderwerp;
  }

  private static void domeinregels(OnderwerpInvoer invoer, BodyValidation.Findings findings) {
    if (invoer != null
        && invoer.geschrevenOp() != null
        && invoer.laatstBewerktOp() != null
        && invoer.laatstBewerktOp().isBefore(invoer.geschrevenOp())) {
      findings.reject("laatstBewerktOp", "ligt voor geschrevenOp");
    }
  }

  private static List<Sectie> secties(OnderwerpInvoer invoer) {
    return invoer.sectiesOfLeeg().stream().map(s -> new Sectie(s.kop(), s.tekst())).toList();
  }

  /** Brings doelen and documenten in line with the body, by position; true if any changed. */
  private boolean delen(String nr, OnderwerpInvoer invoer, Instant nu) {
    boolean anders = false;
    List<Doel> doelen = onderwerpen.doelen(nr);
    List<OnderwerpInvoer.DoelInvoer> nieuweDoelen = invoer.doelenOfLeeg();
    for (int i = 0; i < Math.max(doelen.size(), nieuweDoelen.size()); i++) {
      if (i >= nieuweDoelen.size()) {
        entityManager.remove(doelen.get(i));
        anders = true;
      } else if (i >= doelen.size()) {
        entityManager.persist(Doel.nieuw(nr, i + 1, nieuweDoelen.get(i).tekst(), nu));
        anders = true;
      } else {
        anders |= doelen.get(i).wijzig(nieuweDoelen.get(i).tekst(), nu);
      }
    }
    List<Document> docs = documenten.vanOnderwerp(nr);
    List<OnderwerpInvoer.DocumentInvoer> nieuweDocs = invoer.documentenOfLeeg();
    for (int i = 0; i < Math.max(docs.size(), nieuweDocs.size()); i++) {
      if (i >= nieuweDocs.size()) {
        entityManager.remove(docs.get(i));
        anders = true;
      } else if (i >= docs.size()) {
        OnderwerpInvoer.DocumentInvoer doc = nieuweDocs.get(i);
        documenten.persist(Document.nieuw(nr, i + 1, doc.url(), doc.titel(), nu));
        anders = true;
      } else {
        anders |= docs.get(i).wijzig(nieuweDocs.get(i).url(), nieuweDocs.get(i).titel(), nu);
      }
    }
    return anders;
  }

  private String auteur() {
    return revisies.auteur();
  }
}
