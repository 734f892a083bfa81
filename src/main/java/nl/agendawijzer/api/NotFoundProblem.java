package nl.agendawijzer.api;

/** A resource that the client addressed does not exist: answered with 404 problem+json. */
public class NotFoundProblem extends RuntimeException {

  public NotFoundProblem(String resourceType, String id) {
    super(resourceType + " '" + id + "' bestaat niet.");
  }
}
