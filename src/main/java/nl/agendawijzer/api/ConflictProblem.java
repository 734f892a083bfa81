package nl.agendawijzer.api;

/** The request is valid, but the current state forbids it (e.g. deleting what others use): 409. */
public class ConflictProblem extends RuntimeException {

  public ConflictProblem(String message) {
    super(message);
  }
}
