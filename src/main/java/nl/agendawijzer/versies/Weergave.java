package nl.agendawijzer.versies;

import java.util.List;
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

  /** Whether a resource with this id exists now. */
  boolean bestaat(String id);

  /** The ids of every resource of this type, for a baseline of revisions. */
  List<String> ids();
}
