package nl.agendawijzer.api;

import static io.restassured.RestAssured.when;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.web.Route;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.agendawijzer.ApiTest;
import org.junit.jupiter.api.Test;

/** The committed contract, the served contract and the code describe the same API. */
@QuarkusTest
class ContractTest extends ApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> HTTP_METHODS =
      Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
  private static final List<Class<? extends Annotation>> VERBS =
      List.of(GET.class, POST.class, PUT.class, PATCH.class, DELETE.class);

  @Test
  void theServedContractIsTheCommittedFile() throws Exception {
    String served = when().get("/v1/openapi.json").then().statusCode(200).extract().asString();

    assertThat(JSON.readTree(served)).isEqualTo(JSON.readTree(contract()));
  }

  @Test
  void everyResponseCarriesTheContractVersion() throws Exception {
    String version = JSON.readTree(contract()).at("/info/version").asText();

    when().get("/v1/raad").then().header(HttpConventions.API_VERSION, version);
    when().get("/v1/bestaat-niet").then().header(HttpConventions.API_VERSION, version);
  }

  @Test
  void theContractDescribesExactlyTheOperationsTheCodeServes() throws Exception {
    Set<String> inCode = new TreeSet<>();
    new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.agendawijzer")
            .stream()
            .forEach(
                type -> {
                  if (type.isAnnotatedWith(Path.class)) {
                    inCode.addAll(operations(type));
                  }
                  inCode.addAll(routes(type));
                });

    Set<String> inContract = new TreeSet<>();
    JsonNode paths = JSON.readTree(contract()).get("paths");
    for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> path = it.next();
      // A path item also holds non-operations, such as its own servers (the widget's).
      path.getValue()
          .fieldNames()
          .forEachRemaining(
              m -> {
                if (HTTP_METHODS.contains(m)) {
                  inContract.add(m + " " + path.getKey());
                }
              });
    }
    assertThat(inCode).isEqualTo(inContract);
  }

  /** Vert.x routes outside /v1 (the widget, oEmbed), written like contract paths. */
  private static Set<String> routes(JavaClass type) {
    Set<String> operations = new HashSet<>();
    for (JavaMethod method : type.getMethods()) {
      if (method.isAnnotatedWith(Route.class)) {
        Route route = method.getAnnotationOfType(Route.class);
        String path = route.path().replaceAll(":([A-Za-z]+)", "{$1}");
        for (Route.HttpMethod verb : route.methods()) {
          operations.add(verb.name().toLowerCase(Locale.ROOT) + " " + path);
        }
      }
    }
    return operations;
  }

  private static Set<String> operations(JavaClass resource) {
    String base = resource.getAnnotationOfType(Path.class).value();
    Set<String> operations = new HashSet<>();
    for (JavaMethod method : resource.getMethods()) {
      for (Class<? extends Annotation> verb : VERBS) {
        if (method.isAnnotatedWith(verb)) {
          String sub =
              method.isAnnotatedWith(Path.class)
                  ? method.getAnnotationOfType(Path.class).value()
                  : "";
          operations.add(verb.getSimpleName().toLowerCase(Locale.ROOT) + " " + base + sub);
        }
      }
    }
    return operations;
  }
}
