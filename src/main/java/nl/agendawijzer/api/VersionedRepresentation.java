package nl.agendawijzer.api;

import java.time.Instant;

/**
 * A representation of one version of a resource: its ETag follows {@code versie} and its
 * Last-Modified is {@code gewijzigdOp}.
 */
public interface VersionedRepresentation {

  int versie();

  Instant gewijzigdOp();
}
