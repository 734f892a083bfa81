package nl.agendawijzer.api;

/** A request body over the configured limit: answered with 413 and the limit in the detail. */
public class PayloadTooLargeProblem extends RuntimeException {

  public PayloadTooLargeProblem(String detail) {
    super(detail);
  }
}
