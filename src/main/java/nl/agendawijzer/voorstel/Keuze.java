package nl.agendawijzer.voorstel;

/**
 * How a faction voted on a stemming. VNG's ORI model has {@code fractiestemresultaat} with
 * aangenomen/verworpen/verdeeld; we name the faction's choice, not the outcome, and add that a
 * faction did not take part (docs/adr/0011).
 */
public enum Keuze {
  /** The whole faction present voted for. */
  VOOR,
  /** The whole faction present voted against. */
  TEGEN,
  /** Part of the faction voted for and part against. */
  VERDEELD,
  /** No member of the faction voted (absent or abstained). */
  NIET_DEELGENOMEN
}
