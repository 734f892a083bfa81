package nl.agendawijzer.versies;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.agendawijzer.api.Links;
import nl.agendawijzer.api.VersionedRepresentation;

/**
 * Renders the current representation of one type of resource, so its versions can be stored as they
 * are served. Each feature that has versioned resources provides one.
 */
public interface Weergave {

  ResourceType type();

  /** The representation of {@code id} now, with links made by {@code links}; empty if absent. */
  Optional<? extends VersionedRepresentation> weergave(String id, Links links);

  /**
   * The representations of several ids now, by id; ids that are absent are left out. A feature
   * overrides it where one query for all of them beats one per id (a seat change re-versions a
   * whole term at once).
   */
  default Map<String, VersionedRepresentation> weergaven(Collection<String> ids, Links links) {
    Map<String, VersionedRepresentation> views = new HashMap<>();
    ids.forEach(id -> weergave(id, links).ifPresent(view -> views.put(id, view)));
    return views;
  }

  /** Whether a resource with this id exists now. */
  boolean bestaat(String id);

  /**
   * Whether a resource with this id exists, and if so keeps it from being deleted until the calling
   * transaction ends (a row lock), for a write that is about to refer to it. See {@link
   * Revisies#houdVast}.
   */
  boolean houdVast(String id);

  /** The ids of every resource of this type, for a baseline of revisions. */
  List<String> ids();
}
