package nl.agendawijzer.api;

import java.time.Instant;

/**
 * A versioned representation already rendered as the JSON bytes that are sent: the current version
 * of a resource served from memory (see nl.agendawijzer.versies.HuidigeVersies). Its ETag and
 * Last-Modified follow {@code versie} and {@code gewijzigdOp} like those of any other version, so a
 * client cannot tell it from a representation built from the entities.
 */
public record RenderedRepresentation(int versie, Instant gewijzigdOp, byte[] json)
    implements VersionedRepresentation {}
