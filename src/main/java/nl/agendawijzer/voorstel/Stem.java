package nl.agendawijzer.voorstel;

/**
 * How one member of a faction voted: VOOR, TEGEN or NIET_DEELGENOMEN (VERDEELD is for a faction).
 *
 * @param naam the member's name as the source writes it
 */
public record Stem(String naam, Keuze keuze) {}
