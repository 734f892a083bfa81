package nl.agendawijzer.versies;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import nl.agendawijzer.api.CollectionBody;
import nl.agendawijzer.api.GoneProblem;
import nl.agendawijzer.api.Links;
import nl.agendawijzer.api.NotFoundProblem;
import nl.agendawijzer.api.QueryParameters;
import nl.agendawijzer.api.VersionedRepresentation;
import nl.agendawijzer.api.paging.Filter;
import nl.agendawijzer.api.paging.KeysetQuery;
import nl.agendawijzer.api.paging.PageRequest;
import org.jboss.logging.Logger;

/**
 * The revision history: every version of every resource, stored as it was served, in one order that
 * is also the change feed. A change and its revision are written in one transaction, so the feed
 * never misses or invents a change. See docs/adr/0008-revisions-as-served.md.
 */
@ApplicationScoped
public class Revisies {

  private static final Logger LOG = Logger.getLogger(Revisies.class);

  @Inject RevisieRepository revisies;
  @Inject Instance<Weergave> weergaven;
  @Inject EntityManager entityManager;
  @Inject ObjectMapper json;
  @Inject Links links;
  @Inject SecurityIdentity identity;
  @Inject Event<Vastgelegd> vastgelegd;

  /**
   * The highest position of the change feed, 0 for an empty feed: the version of all data the API
   * serves (every write and delete adds a revision). The maximum of the primary key is one index
   * lookup, whatever the length of the feed.
   */
  public long feedPositie() {
    return entityManager
        .createQuery("select coalesce(max(r.volgnummer), 0) from Revisie r", Long.class)
        .getSingleResult();
  }

  /** The author of the change being made: the name of the key (or OIDC principal) used. */
  public String auteur() {
    return identity.getPrincipal().getName();
  }

  /** Stores the current representation of a resource as its newest version. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void leg(ResourceType type, String id, Wijziging soort, String auteur) {
    // The version number is raised when the change is flushed; the snapshot must carry it.
    entityManager.flush();
    VersionedRepresentation view =
        weergave(type)
            .weergave(id, Links.stored())
            .orElseThrow(() -> new IllegalStateException(type + " " + id + " bestaat niet"));
    // Serialised once: the stored version and what listeners (the search index) read agree.
    JsonNode inhoud = json.valueToTree(view);
    try {
      revisies.persist(
          Revisie.nieuw(
              type,
              id,
              view.versie(),
              soort,
              auteur,
              view.gewijzigdOp(),
              json.writeValueAsString(inhoud)));
      vastgelegd.fire(new Vastgelegd(type, id, inhoud));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Weergave van " + type + " " + id + " is geen JSON", e);
    }
  }

  /** Records a deletion: a version without content, one past the last. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void verwijderd(ResourceType type, String id, String auteur, Instant moment) {
    int versie = revisies.laatste(type, id).map(r -> r.versie() + 1).orElse(1);
    revisies.persist(Revisie.nieuw(type, id, versie, Wijziging.VERWIJDERD, auteur, moment, null));
    vastgelegd.fire(new Vastgelegd(type, id, null));
  }

  /** The first version number of a resource made (again) now: one past any earlier life. */
  @Transactional(Transactional.TxType.MANDATORY)
  public int eersteVersie(ResourceType type, String id) {
    return revisies.laatste(type, id).map(r -> r.versie() + 1).orElse(1);
  }

  /** Whether a resource exists now, for checks across features (a voorstel's onderwerp). */
  public boolean bestaat(ResourceType type, String id) {
    return weergave(type).bestaat(id);
  }

  /** What to answer for an id that is not there: 410 if it was deleted, else 404. */
  public RuntimeException ontbreekt(ResourceType type, String id) {
    boolean verwijderd =
        revisies.laatste(type, id).map(r -> r.soort() == Wijziging.VERWIJDERD).orElse(false);
    return verwijderd ? new GoneProblem(type.label(), id) : new NotFoundProblem(type.label(), id);
  }

  @Transactional
  public CollectionBody versies(ResourceType type, String id) {
    var alle = revisies.alle(type, id);
    if (alle.isEmpty()) {
      throw new NotFoundProblem(type.label(), id);
    }
    return CollectionBody.of(
        links, "versies", alle.stream().map(r -> RevisieView.of(r, links)).toList());
  }

  /** Version {@code n} exactly as it was served; 410 for the version that deleted it. */
  @Transactional
  public JsonNode versie(ResourceType type, String id, int n) {
    Revisie revisie =
        revisies
            .versie(type, id, n)
            .orElseThrow(() -> new NotFoundProblem(type.label() + " versie", id + "/" + n));
    return alsGeserveerd(revisie);
  }

  /** The version that was current at a moment; 404 before the first, 410 after deletion. */
  @Transactional
  public JsonNode op(ResourceType type, String id, Instant moment) {
    Revisie revisie =
        revisies
            .op(type, id, moment)
            .orElseThrow(() -> new NotFoundProblem(type.label() + " op " + moment, id));
    return alsGeserveerd(revisie);
  }

  @Transactional
  public CollectionBody feed(QueryParameters params) {
    PageRequest<Revisie> page = PageRequest.read(params, RevisieRepository.FEED);
    var na = params.longValue("naVolgnummer");
    var type = params.enumValue("type", ResourceType.class);
    var sinds = params.instant("gewijzigdSinds");
    params.validate();
    Filter filter =
        new Filter()
            .with("r.volgnummer > :na", "na", na)
            .with("r.type = :type", "type", type)
            .with("r.gewijzigdOp >= :sinds", "sinds", sinds);
    var result = KeysetQuery.page(revisies, "from Revisie r", filter, page);
    return CollectionBody.of(
        links,
        "wijzigingen",
        result.map(rows -> rows.stream().map(r -> WijzigingView.of(r, links)).toList()));
  }

  /**
   * Gives every resource its first version when no version exists at all: a database made before
   * revisions were kept. Every later change writes its own version, so once there is one row there
   * is nothing to do, and a start costs one count.
   */
  @Transactional
  public void basislijn(String auteur) {
    if (revisies.count() > 0) {
      return;
    }
    int aantal = 0;
    for (Weergave weergave : weergaven) {
      for (String id : weergave.ids()) {
        leg(weergave.type(), id, Wijziging.TOEGEVOEGD, auteur);
        aantal++;
      }
    }
    if (aantal > 0) {
      LOG.infof("Basislijn: eerste versie vastgelegd van %d bestaande resources", aantal);
    }
  }

  private JsonNode alsGeserveerd(Revisie revisie) {
    if (revisie.inhoud() == null) {
      throw new GoneProblem(revisie.type().label(), revisie.sleutel());
    }
    try {
      JsonNode node = json.readTree(revisie.inhoud());
      absoluteLinks(node, links.origin());
      return node;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Revisie " + revisie.volgnummer() + " is geen JSON", e);
    }
  }

  /** Stored links are relative ("/v1/..."); served, they carry this request's host again. */
  private static void absoluteLinks(JsonNode node, String origin) {
    if (node instanceof ObjectNode object) {
      for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        if (field.getKey().equals("href")
            && field.getValue().isTextual()
            && field.getValue().asText().startsWith("/")) {
          field.setValue(new TextNode(origin + field.getValue().asText()));
        } else {
          absoluteLinks(field.getValue(), origin);
        }
      }
    } else if (node.isArray()) {
      node.forEach(child -> absoluteLinks(child, origin));
    }
  }

  private Weergave weergave(ResourceType type) {
    return weergaven.stream()
        .filter(w -> w.type() == type)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("Geen weergave voor " + type));
  }
}
