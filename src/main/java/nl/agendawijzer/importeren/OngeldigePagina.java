package nl.agendawijzer.importeren;

/** A page the parser cannot turn into an onderwerp; says which line and why. */
public class OngeldigePagina extends RuntimeException {

  private final int regel;

  public OngeldigePagina(int regel, String reden) {
    super(regel > 0 ? "Regel " + regel + ": " + reden : reden);
    this.regel = regel;
  }

  public int regel() {
    return regel;
  }
}
