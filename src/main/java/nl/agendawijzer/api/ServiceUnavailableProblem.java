package nl.agendawijzer.api;

/**
 * The service is busy with this kind of work right now and says when to try again: 503 with {@code
 * Retry-After}. A bounded limit, not a failure: the client did nothing wrong.
 */
public class ServiceUnavailableProblem extends RuntimeException {

  private final long retryAfterSeconden;

  public ServiceUnavailableProblem(String detail, long retryAfterSeconden) {
    super(detail);
    this.retryAfterSeconden = retryAfterSeconden;
  }

  public long retryAfterSeconden() {
    return retryAfterSeconden;
  }
}
