package nl.agendawijzer.api;

/** A HAL link. */
public record Link(String href) {}
