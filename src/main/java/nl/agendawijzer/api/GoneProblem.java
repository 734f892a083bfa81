package nl.agendawijzer.api;

/** The resource existed and was deleted: answered with 410 problem+json. */
public class GoneProblem extends RuntimeException {

  public GoneProblem(String resourceType, String id) {
    super(resourceType + " '" + id + "' is verwijderd; de versies blijven op te vragen.");
  }
}
