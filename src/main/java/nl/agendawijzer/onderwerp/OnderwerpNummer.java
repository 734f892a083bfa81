package nl.agendawijzer.onderwerp;

import jakarta.persistence.Embeddable;

/**
 * One number a topic's page prints: as printed in upper case, in canonical form (upper case, no
 * hyphen; what an import matches on) and its scheme as the contract names it (YYNNN, RV, ...).
 */
@Embeddable
public record OnderwerpNummer(String nummer, String canoniek, String schema) {}
