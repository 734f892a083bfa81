package nl.agendawijzer.versies;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.agendawijzer.api.CollectionBody;
import nl.agendawijzer.api.GoneProblem;
import nl.agendawijzer.api.Link;
import nl.agendawijzer.api.Links;
import nl.agendawijzer.api.NotFoundProblem;
import nl.agendawijzer.api.QueryParameters;
import nl.agendawijzer.api.RenderedRepresentation;
import nl.agendawijzer.api.VersionedRepresentation;
import nl.agendawijzer.api.paging.Filter;
import nl.agendawijzer.api.paging.KeysetQuery;
import nl.agendawijzer.api.paging.PageRequest;
import nl.agendawijzer.opslag.Startcontrole;
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
  @Inject Startcontrole startcontrole;
  @Inject SecurityIdentity identity;
  @Inject Event<Vastgelegd> vastgelegd;
  @Inject HuidigeVersies huidigeVersies;
  @Inject FeedPosities posities;
  @Inject TransactionSynchronizationRegistry transacties;

  /** A resource this transaction holds ({@link #houdVast}), kept with the transaction. */
  private record Vastgehouden(ResourceType type, String id) {}

  private static final Object VASTGEHOUDEN = Vastgehouden.class;

  /** The author of the change being made: the name of the key (or OIDC principal) used. */
  public String auteur() {
    return identity.getPrincipal().getName();
  }

  /** Stores the current representation of a resource as its newest version. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void leg(ResourceType type, String id, Wijziging soort, String auteur) {
    // The version number is raised when the change is flushed; the snapshot must carry it.
    entityManager.flush();
    vastleggen(
        type,
        id,
        weergave(type)
            .weergave(id, Links.stored())
            .orElseThrow(() -> new IllegalStateException(type + " " + id + " bestaat niet")),
        soort,
        auteur);
  }

  /**
   * {@link #leg} for many resources of one type at once: one flush and one read of all their
   * representations, so the cost grows with their number, not with its square (a flush per resource
   * checks every entity loaded so far). For a change that touches thousands of resources, such as a
   * change of seats over a term.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void legAlle(ResourceType type, Collection<String> ids, Wijziging soort, String auteur) {
    if (ids.isEmpty()) {
      return;
    }
    entityManager.flush();
    Map<String, VersionedRepresentation> views;
    // Everything is flushed, and reading the representations changes nothing: their queries need
    // no flush first. With AUTO each of them would dirty-check the whole persistence context
    // (tens of thousands of entities in a seat change), which was most of its time.
    FlushModeType flushMode = entityManager.getFlushMode();
    entityManager.setFlushMode(FlushModeType.COMMIT);
    try {
      views = weergave(type).weergaven(ids, Links.stored());
    } finally {
      entityManager.setFlushMode(flushMode);
    }
    if (views.size() != ids.size()) {
      throw new IllegalStateException(
          "%d van %d %s bestaan niet".formatted(ids.size() - views.size(), ids.size(), type));
    }
    // In the order given: the feed lists them so.
    ids.forEach(id -> vastleggen(type, id, views.get(id), soort, auteur));
  }

  private void vastleggen(
      ResourceType type, String id, VersionedRepresentation view, Wijziging soort, String auteur) {
    // Serialised once: the stored version and what listeners (the search index) read agree.
    JsonNode inhoud = json.valueToTree(view);
    try {
      revisies.persist(
          Revisie.nieuw(
              posities.voorlopig(),
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
    // Deleted in this transaction: no longer there to hold.
    vastgehouden().remove(new Vastgehouden(type, id));
    int versie = revisies.laatste(type, id).map(r -> r.versie() + 1).orElse(1);
    revisies.persist(
        Revisie.nieuw(
            posities.voorlopig(), type, id, versie, Wijziging.VERWIJDERD, auteur, moment, null));
    vastgelegd.fire(new Vastgelegd(type, id, null));
  }

  /** The first version number of a resource made (again) now: one past any earlier life. */
  @Transactional(Transactional.TxType.MANDATORY)
  public int eersteVersie(ResourceType type, String id) {
    return revisies.laatste(type, id).map(r -> r.versie() + 1).orElse(1);
  }

  /** Whether a resource exists now, for reads across features (a fractie's stemgedrag). */
  public boolean bestaat(ResourceType type, String id) {
    return weergave(type).bestaat(id);
  }

  /**
   * Whether a resource exists, for a write about to refer to it (a voorstel's onderwerp): it stays
   * until this transaction ends, as a concurrent delete of it waits for the row lock taken here. H2
   * checks a foreign key against what is committed, so without the lock a delete and a new
   * reference made at the same time can both commit and leave the reference pointing at nothing;
   * with it the delete comes second and is refused (409) or the write is (400). Callers that hold
   * several take them in one order: vergadering, voorstel or onderwerp, fracties by id.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean houdVast(ResourceType type, String id) {
    // A lock stays held until the transaction ends, so it is asked for once: an import page names
    // the same 12 fracties in each of its votes (issue 11, part e).
    Set<Vastgehouden> vastgehouden = vastgehouden();
    Vastgehouden sleutel = new Vastgehouden(type, id);
    if (vastgehouden.contains(sleutel)) {
      return true;
    }
    boolean bestaat = weergave(type).houdVast(id);
    if (bestaat) {
      vastgehouden.add(sleutel);
    }
    return bestaat;
  }

  @SuppressWarnings("unchecked")
  private Set<Vastgehouden> vastgehouden() {
    Set<Vastgehouden> vastgehouden = (Set<Vastgehouden>) transacties.getResource(VASTGEHOUDEN);
    if (vastgehouden == null) {
      vastgehouden = new HashSet<>();
      transacties.putResource(VASTGEHOUDEN, vastgehouden);
    }
    return vastgehouden;
  }

  /** What to answer for an id that is not there: 410 if it was deleted, else 404. */
  public RuntimeException ontbreekt(ResourceType type, String id) {
    boolean verwijderd =
        revisies.laatste(type, id).map(r -> r.soort() == Wijziging.VERWIJDERD).orElse(false);
    return verwijderd ? new GoneProblem(type.label(), id) : new NotFoundProblem(type.label(), id);
  }

  /**
   * A page of a resource's versions, oldest first: keyset paging on the version number like every
   * list, so a resource with many versions costs one index seek a page, not a read of them all.
   */
  @Transactional
  public CollectionBody versies(ResourceType type, String id, QueryParameters params) {
    PageRequest<Revisie> page = PageRequest.read(params, RevisieRepository.VERSIES);
    params.validate();
    Filter filter =
        new Filter()
            .with("r.type = :type", "type", Optional.of(type))
            .with("r.sleutel = :sleutel", "sleutel", Optional.of(id));
    var result = KeysetQuery.page(revisies, "from Revisie r", filter, page);
    if (result.items().isEmpty() && revisies.laatste(type, id).isEmpty()) {
      throw new NotFoundProblem(type.label(), id);
    }
    return CollectionBody.of(
        links,
        "versies",
        result.map(rows -> rows.stream().map(r -> RevisieView.of(r, links)).toList()));
  }

  /**
   * A resource now, as its newest version is kept in memory ({@link HuidigeVersies}): no
   * transaction and no query when it is kept. With a peilmoment, the version current then. 404 or
   * 410 when it is not there.
   */
  public Object huidigOfOp(ResourceType type, String id, Optional<Instant> peilmoment) {
    if (peilmoment.isPresent()) {
      return op(type, id, peilmoment.get());
    }
    Optional<RenderedRepresentation> huidig = huidigeVersies.huidig(type, id, links.origin());
    if (huidig.isPresent()) {
      return huidig.get();
    }
    throw QuarkusTransaction.requiringNew().call(() -> ontbreekt(type, id));
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
    // Read before the page: every place up to it is committed, so the page query sees them all.
    FeedPosities.Stand stand = posities.stand();
    Filter filter =
        new Filter()
            .with("r.volgnummer > :na", "na", na)
            .with("r.type = :type", "type", type)
            .with("r.vastgelegdOp >= :sinds", "sinds", sinds);
    var result = KeysetQuery.page(revisies, "from Revisie r", filter, page);
    long gezien =
        Math.max(
            na.orElse(0L),
            result.items().isEmpty()
                ? 0L
                : result.items().get(result.items().size() - 1).volgnummer());
    // The last page has seen everything up to the stand that matched, so a follower filtering on
    // type need not read the other types' places again.
    long vervolg = result.next().isPresent() ? gezien : Math.max(gezien, stand.volgnummer());
    return CollectionBody.of(
            links,
            "wijzigingen",
            result.map(rows -> rows.stream().map(r -> WijzigingView.of(r, links)).toList()))
        .metVervolg(links.vervolg("naVolgnummer", String.valueOf(vervolg)));
  }

  /** The highest committed volgnummer: one row read, whatever the size of the history. */
  public long feedPositie() {
    return posities.feedPositie();
  }

  /**
   * The HQL condition of {@code gewijzigdSinds} on a list of {@code type} whose key is {@code
   * sleutel} (e.g. {@code o.raadsnummer}), binding {@code :sinds}: a version of the resource was
   * committed at or after the moment. Commit moments, unlike the moment a change was made, rise in
   * commit order, so a client resuming with its {@code vervolg} moment misses no change.
   */
  public static String gewijzigdSinds(ResourceType type, String sleutel) {
    return sleutel
        + " in (select r.sleutel from Revisie r where r.type = "
        + ResourceType.class.getName()
        + "."
        + type.name()
        + " and r.vastgelegdOp >= :sinds)";
  }

  /** {@link #gewijzigdSinds(ResourceType, String)} in SQL, for the search's native query. */
  public static String gewijzigdSindsSql(ResourceType type, String sleutel) {
    return sleutel
        + " in (select r.sleutel from {h-schema}revisie r where r.type = '"
        + type.name()
        + "' and r.vastgelegd_op >= :sinds)";
  }

  /**
   * Where a walk through a list resumes, on its first page (without cursor) only: the request with
   * {@code gewijzigdSinds} set to the commit moment read before the page. A change committed later
   * has a later moment; a later page's moment would pass over changes committed during the walk
   * that sort before that page. Call before the list's query.
   */
  public java.util.Optional<Link> vervolg(QueryParameters params) {
    if (params.text("cursor").isPresent()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        links.vervolg("gewijzigdSinds", posities.stand().vastgelegdOp().toString()));
  }

  /**
   * Gives every resource its first version when no version exists at all: a database made before
   * revisions were kept. Every later change writes its own version, so once there is one row there
   * is nothing to do, and a start costs one count.
   */
  @Transactional
  public void basislijn(String auteur) {
    startcontrole.houdStartwerkVast();
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
  static void absoluteLinks(JsonNode node, String origin) {
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
