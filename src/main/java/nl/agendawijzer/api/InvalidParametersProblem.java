package nl.agendawijzer.api;

import java.util.List;

/** One or more request parameters were rejected: answered with one 400 listing all of them. */
public class InvalidParametersProblem extends RuntimeException {

  private final transient List<Problem.InvalidParam> invalidParams;

  public InvalidParametersProblem(List<Problem.InvalidParam> invalidParams) {
    super(invalidParams.size() == 1 ? "Een parameter is ongeldig." : "Parameters zijn ongeldig.");
    this.invalidParams = List.copyOf(invalidParams);
  }

  public List<Problem.InvalidParam> invalidParams() {
    return invalidParams;
  }
}
