package nl.agendawijzer.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Checks a request body against its Bean Validation constraints and the domain's own rules
 * together, so the client gets every problem in one 400 rather than one kind at a time.
 */
@ApplicationScoped
public class BodyValidation {

  /**
   * The longest text a write takes where the contract names no lower limit: H2 keeps at most this
   * many characters in a varchar column (the same limit on PostgreSQL, so both behave alike).
   */
  public static final int MAX_TEKST = 1_000_000;

  /** The length of a URL column (document.url is varchar(2000)). */
  public static final int MAX_URL = 2000;

  @Inject Validator validator;

  /** Collects the domain's findings for one body. */
  public static final class Findings {
    private final List<Problem.InvalidParam> problems = new ArrayList<>();

    public Findings reject(String field, String reason) {
      problems.add(new Problem.InvalidParam(field, "body", reason));
      return this;
    }
  }

  public void check(Object body, Findings domain) {
    if (body == null) {
      throw new InvalidParametersProblem(
          List.of(new Problem.InvalidParam("body", "body", "ontbreekt")));
    }
    List<Problem.InvalidParam> problems = new ArrayList<>(domain.problems);
    for (ConstraintViolation<Object> violation : validator.validate(body)) {
      problems.add(
          new Problem.InvalidParam(
              violation.getPropertyPath().toString(), "body", violation.getMessage()));
    }
    if (!problems.isEmpty()) {
      problems.sort(Comparator.comparing(Problem.InvalidParam::name));
      throw new InvalidParametersProblem(problems);
    }
  }
}
