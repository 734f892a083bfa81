package nl.agendawijzer;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;

/**
 * Base of every HTTP test: each response is validated against the committed contract
 * openapi/openapi.json, so a field, status or header the contract does not describe fails the test
 * that received it. Requests are not validated: tests send bad requests on purpose.
 */
public abstract class ApiTest {

  public static final Path CONTRACT = Path.of("openapi", "openapi.json");

  /** Validates responses only; also used directly by tests that send requests on a socket. */
  public static final OpenApiInteractionValidator CONTRACT_VALIDATOR =
      OpenApiInteractionValidator.createForInlineApiSpecification(contract())
          .withLevelResolver(
              LevelResolver.create()
                  .withLevel("validation.request", ValidationReport.Level.IGNORE)
                  .build())
          .build();

  private static final OpenApiValidationFilter CONTRACT_FILTER =
      new OpenApiValidationFilter(CONTRACT_VALIDATOR);

  @BeforeAll
  static void validateEveryResponseAgainstTheContract() {
    RestAssured.filters(CONTRACT_FILTER);
  }

  public static String contract() {
    try {
      return Files.readString(CONTRACT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
