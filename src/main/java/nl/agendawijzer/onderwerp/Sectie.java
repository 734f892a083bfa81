package nl.agendawijzer.onderwerp;

import jakarta.persistence.Embeddable;

/** A headed section of an onderwerp's page ("Waar gaat het over?"), its text verbatim. */
@Embeddable
public record Sectie(String kop, String tekst) {}
