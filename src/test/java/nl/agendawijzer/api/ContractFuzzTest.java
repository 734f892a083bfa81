package nl.agendawijzer.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.agendawijzer.ApiTest;
import nl.agendawijzer.Sleutels;
import org.junit.jupiter.api.Test;

/**
 * A property-based test driven by openapi/openapi.json: for every operation of the contract it
 * sends generated requests, valid and hostile (wrong types, huge, empty, unicode, control
 * characters, bad escapes and dates, odd headers, malformed bodies), and asserts of every answer:
 * no 5xx the contract does not promise, API-Version, problem+json for every error, and a response
 * the contract describes.
 *
 * <p>The seed is fixed so a run is repeatable; it is printed, and {@code -Dfuzz.seed=...} and
 * {@code -Dfuzz.requests=...} choose another run. A failure names the seed, the operation and the
 * request. Writes use a beheerder key and, on resources this test made itself, a current If-Match,
 * so their bodies are read; reference data is only read, and the test has a database of its own.
 */
@QuarkusTest
@TestProfile(ContractFuzzTest.EigenDatabase.class)
class ContractFuzzTest {

  /**
   * A profile of its own, so Quarkus restarts for this test: the database is emptied and loaded
   * with the reference data before it and again after it (clean-at-start), and what the fuzz wrote
   * is not in the feed or lists the other tests read.
   */
  public static class EigenDatabase implements QuarkusTestProfile {}

  static final long SEED = Long.getLong("fuzz.seed", 20_261_201L);
  static final int REQUESTS = Integer.getInteger("fuzz.requests", 2000);

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int SHOWN_FAILURES = 40;

  /** Query and path values that break something somewhere; some are sent as they are. */
  private static final List<String> HOSTILE =
      List.of(
          "",
          " ",
          "x".repeat(300),
          "x".repeat(3000),
          "ü€😀 \u202e",
          "\u0000",
          "a\nb",
          "\r\n",
          "-1",
          "0",
          "2147483648",
          "9223372036854775808",
          "-9223372036854775809",
          "1e400",
          "1.5",
          "NaN",
          "true",
          "null",
          "[]",
          "{}",
          "2023-02-30",
          "0000-01-01",
          "1799-12-31",
          "10000-01-01",
          "99999-01-01",
          "-001000-01-01",
          "2023-13-01",
          "2026-11-30T25:00:00Z",
          "2026-11-30T12:00:00",
          "+999999999-12-31T23:59:59Z",
          "-999999999-01-01T00:00:00Z",
          "0001-01-01T00:00:00Z",
          "Tue, 31 Feb 2026 00:00:00 GMT",
          "../..",
          "a/b",
          "*",
          ",",
          "-",
          "'; DROP TABLE onderwerp;--",
          "<script>alert(1)</script>",
          "RV-" + "9".repeat(60),
          "RV-1/99999",
          "99999.999");

  /** Sent without encoding: escapes that do not decode, or do not decode to UTF-8. */
  private static final List<String> RAW = List.of("%zz", "%", "%e2%82", "%c0%af", "%00", "%ff");

  /** JSON values for a field, as text: wrong types, out of range, too long. */
  private static final List<String> HOSTILE_JSON =
      List.of(
          "null",
          "true",
          "1.5",
          "\"12\"",
          "-1",
          "0",
          "2147483648",
          "9223372036854775808",
          "1e400",
          "[]",
          "{}",
          "[1,2]",
          "\"\"",
          "\" \"",
          "\"" + "x".repeat(201) + "\"",
          "\"" + "x".repeat(1001) + "\"",
          "\"" + "x".repeat(100_000) + "\"",
          "\"\\u0000\"",
          "\"ü€😀\"",
          "\"2023-02-30\"",
          "\"0001-01-01\"",
          "\"1799-12-31\"",
          "\"9999-12-31\"",
          "\"10000-01-01\"",
          "\"+99999-01-01\"",
          "\"-000001-01-01\"",
          "\"RV-" + "9".repeat(60) + "\"",
          "\"99999.999\"",
          "\"ONBEKEND\"",
          "\"onbekend\"",
          "\"https://a\"",
          "[{}]",
          "[null]",
          "[\"x\"]",
          "{\"x\":1}");

  private final Random random = new Random(SEED);
  private final Map<String, JsonNode> schemas = new TreeMap<>();
  private final Map<String, String> own = new LinkedHashMap<>();
  private String key;
  private JsonNode contract;

  @Test
  void noRequestGetsA5xxOrAnErrorThatIsNotProblemJson() throws IOException {
    System.out.printf(
        "ContractFuzzTest: seed %d, %d requests (-Dfuzz.seed=..., -Dfuzz.requests=...)%n",
        SEED, REQUESTS);
    contract = JSON.readTree(ApiTest.contract());
    contract
        .path("components")
        .path("schemas")
        .fields()
        .forEachRemaining(e -> schemas.put(e.getKey(), e.getValue()));
    List<Operation> operations = operations();
    key = Sleutels.maak("fuzz beheerder " + SEED, "BEHEERDER").sleutel();
    makeOwnResources();

    // One example of each kind of failure (operation and what was wrong), with how often it came.
    Map<String, String> examples = new LinkedHashMap<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    int[] statuses = new int[6];
    for (int i = 0; i < REQUESTS; i++) {
      Operation operation = operations.get(i % operations.size());
      Sent sent = request(operation);
      RawHttp.Answer answer = RawHttp.send(sent.head(), sent.body());
      statuses[Math.min(answer.status() / 100, 5)]++;
      String wrong = wrong(operation, sent, answer);
      if (wrong != null) {
        String kind = operation + ": " + cut(wrong, 160);
        counts.merge(kind, 1, Integer::sum);
        examples.putIfAbsent(
            kind,
            "request "
                + i
                + "\n    "
                + cut(sent.head(), 400)
                + (sent.body().length > 0
                    ? "\n    body: " + cut(new String(sent.body(), StandardCharsets.UTF_8), 300)
                    : "")
                + "\n    answer: "
                + answer.status()
                + " "
                + cut(answer.text(), 300));
      }
    }
    int failures = counts.values().stream().mapToInt(Integer::intValue).sum();
    System.out.printf(
        "ContractFuzzTest: 2xx %d, 3xx %d, 4xx %d, 5xx %d, failures %d%n",
        statuses[2], statuses[3], statuses[4], statuses[5], failures);
    assertThat(examples)
        .as(
            "%d of %d answers broke the rules (seed %d, replay with -Dfuzz.seed=%d); one of each"
                + " kind:%n%s",
            failures,
            REQUESTS,
            SEED,
            SEED,
            examples.entrySet().stream()
                .limit(SHOWN_FAILURES)
                .map(e -> counts.get(e.getKey()) + "x " + e.getKey() + "\n  " + e.getValue())
                .collect(Collectors.joining("\n")))
        .isEmpty();
  }

  /** What is wrong with an answer, or null. */
  private String wrong(Operation operation, Sent sent, RawHttp.Answer answer) {
    int status = answer.status();
    if (status >= 500 && (status == 500 || !operation.statuses().contains(status))) {
      return "a " + status + " for a request the client got wrong";
    }
    if (answer.header(HttpConventions.API_VERSION) == null) {
      return "no API-Version";
    }
    if (status >= 400) {
      String type = answer.header("Content-Type");
      if (type == null || !type.startsWith(Problem.MEDIA_TYPE)) {
        return "a " + status + " as " + type + ", not problem+json";
      }
      try {
        if (JSON.readTree(answer.body()).path("status").asInt() != status) {
          return "a problem whose status is not " + status;
        }
      } catch (IOException e) {
        return "a problem+json that is not JSON";
      }
    }
    return contractViolation(sent, answer);
  }

  private static String contractViolation(Sent sent, RawHttp.Answer answer) {
    SimpleResponse.Builder response =
        SimpleResponse.Builder.status(answer.status()).withBody(answer.text());
    answer.headers().forEach(response::withHeader);
    ValidationReport report;
    try {
      report =
          ApiTest.CONTRACT_VALIDATOR.validateResponse(
              sent.path(), Request.Method.valueOf(sent.method()), response.build());
    } catch (RuntimeException undecodable) {
      // A path the validator cannot even match is one no operation describes: nothing to check.
      return null;
    }
    return report.hasErrors()
        ? "the contract does not describe this answer: "
            + report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(ValidationReport.Message::getMessage)
                .collect(Collectors.joining("; "))
        : null;
  }

  // ---------------------------------------------------------------------------------------------
  // The contract's operations

  record Operation(
      String method,
      String template,
      List<JsonNode> parameters,
      Map<String, JsonNode> bodies,
      boolean secured,
      Set<Integer> statuses) {

    @Override
    public String toString() {
      return method + " " + template;
    }
  }

  private List<Operation> operations() {
    List<Operation> operations = new ArrayList<>();
    contract
        .path("paths")
        .fields()
        .forEachRemaining(
            path -> {
              String base =
                  path.getValue().has("servers")
                      ? path.getValue().path("servers").path(0).path("url").asText()
                      : contract.path("servers").path(0).path("url").asText();
              String prefix = base.replaceFirst("^https?://[^/]+", "");
              path.getValue()
                  .fields()
                  .forEachRemaining(
                      op -> {
                        if (!op.getValue().isObject() || op.getKey().equals("servers")) {
                          return;
                        }
                        List<JsonNode> parameters = new ArrayList<>();
                        op.getValue().path("parameters").forEach(p -> parameters.add(resolve(p)));
                        Map<String, JsonNode> bodies = new LinkedHashMap<>();
                        op.getValue()
                            .path("requestBody")
                            .path("content")
                            .fields()
                            .forEachRemaining(
                                c -> bodies.put(c.getKey(), resolve(c.getValue().path("schema"))));
                        Set<Integer> statuses = new java.util.HashSet<>();
                        op.getValue()
                            .path("responses")
                            .fieldNames()
                            .forEachRemaining(s -> statuses.add(Integer.parseInt(s)));
                        operations.add(
                            new Operation(
                                op.getKey().toUpperCase(),
                                prefix + path.getKey(),
                                parameters,
                                bodies,
                                op.getValue().has("security"),
                                statuses));
                      });
            });
    assertThat(operations).hasSizeGreaterThan(50);
    return operations;
  }

  private JsonNode resolve(JsonNode node) {
    JsonNode current = node;
    while (current.has("$ref")) {
      current = contract.at(current.path("$ref").asText().substring(1));
    }
    return current;
  }

  // ---------------------------------------------------------------------------------------------
  // Resources of this test's own, the only ones it changes

  private void makeOwnResources() {
    String nr = String.valueOf(90_000 + random.nextInt(10_000));
    String datum = "2099-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10);
    own.put("raadsnummer", maak("onderwerpen", "{\"raadsnummer\":\"" + nr + "\",\"titel\":\"F\"}"));
    own.put(
        "nummer",
        maak(
            "voorstellen",
            "{\"nummer\":\"" + nr + ".001\",\"onderwerp\":\"" + nr + "\",\"titel\":\"F\"}"));
    String vergadering =
        maak(
            "vergaderingen",
            "{\"datum\":\"" + datum + "\",\"soort\":\"CARROUSEL\",\"omschrijving\":\"F\"}");
    own.put("vergadering", vergadering);
    own.put(
        "stemming",
        maak(
            "stemmingen",
            "{\"voorstel\":\""
                + nr
                + ".001\",\"datum\":\""
                + datum
                + "\",\"vergadering\":\""
                + vergadering
                + "\",\"uitslag\":\"AANVAARD\",\"voor\":1,\"tegen\":0}"));
    own.put(
        "fractie",
        maak("fracties", "{\"id\":\"fuzz-" + nr + "\",\"naam\":\"F\",\"zetelperioden\":[]}"));
  }

  private String maak(String collectie, String body) {
    String location =
        given()
            .auth()
            .oauth2(key)
            .contentType("application/json")
            .body(body)
            .post("/v1/" + collectie)
            .then()
            .statusCode(201)
            .extract()
            .header("Location");
    return location.substring(location.lastIndexOf('/') + 1);
  }

  /** This test's own resource at a path template, for writes; null where it has none. */
  private String ownId(String template) {
    if (template.startsWith("/v1/onderwerpen/")) {
      return own.get("raadsnummer");
    } else if (template.startsWith("/v1/voorstellen/")) {
      return own.get("nummer");
    } else if (template.startsWith("/v1/stemmingen/")) {
      return own.get("stemming");
    } else if (template.startsWith("/v1/vergaderingen/")) {
      return own.get("vergadering");
    } else if (template.startsWith("/v1/fracties/")) {
      return own.get("fractie");
    }
    return null;
  }

  // ---------------------------------------------------------------------------------------------
  // Requests

  record Sent(String method, String path, String head, byte[] body) {}

  private enum Mode {
    VALID,
    BAD_PARAMETER,
    EXTRA_PARAMETER,
    BAD_HEADER,
    MALFORMED_BODY,
    BAD_FIELD
  }

  private Sent request(Operation operation) {
    Mode mode = Mode.values()[random.nextInt(Mode.values().length)];
    boolean write = !operation.method().equals("GET");
    if (operation.bodies().isEmpty() && (mode == Mode.MALFORMED_BODY || mode == Mode.BAD_FIELD)) {
      mode = Mode.BAD_PARAMETER;
    }
    String ownId = write ? ownId(operation.template()) : null;
    List<JsonNode> parameters = operation.parameters();
    int spoilt = parameters.isEmpty() ? -1 : random.nextInt(parameters.size());

    String path = operation.template();
    List<String> query = new ArrayList<>();
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 0; i < parameters.size(); i++) {
      JsonNode parameter = parameters.get(i);
      String name = parameter.path("name").asText();
      String in = parameter.path("in").asText();
      boolean bad = mode == Mode.BAD_PARAMETER && i == spoilt;
      if (in.equals("path")) {
        String value =
            bad ? hostile() : ownId != null ? encode(ownId) : encode(valid(parameter, name));
        path = path.replace("{" + name + "}", value);
      } else if (in.equals("query")) {
        if (bad) {
          query.add(encode(name) + "=" + hostile());
        } else if (parameter.path("required").asBoolean() || random.nextInt(3) == 0) {
          query.add(encode(name) + "=" + encode(valid(parameter, name)));
        }
      } else if (in.equals("header") && !name.equals("If-Match")) {
        if (bad) {
          headers.put(name, headerValue());
        } else if (random.nextInt(4) == 0) {
          headers.put(name, valid(parameter, name));
        }
      }
    }
    if (mode == Mode.EXTRA_PARAMETER) {
      query.add(
          random.nextBoolean()
              ? "onbekend=1"
              : query.isEmpty() ? "pageSize=1&pageSize=2" : query.get(0));
    }
    String target = path + (query.isEmpty() ? "" : "?" + String.join("&", query));

    String contentType = null;
    byte[] body = new byte[0];
    if (!operation.bodies().isEmpty()) {
      List<String> types = new ArrayList<>(operation.bodies().keySet());
      contentType = types.get(random.nextInt(types.size()));
      JsonNode schema = operation.bodies().get(contentType);
      String text =
          switch (mode) {
            case MALFORMED_BODY -> malformedBody(schema);
            case BAD_FIELD -> badField(operation, ownId, schema, contentType);
            default -> validBody(operation, ownId, schema, contentType);
          };
      body = text.getBytes(StandardCharsets.UTF_8);
      if (mode == Mode.MALFORMED_BODY && random.nextInt(8) == 0) {
        body = new byte[] {'{', '"', (byte) 0xff, (byte) 0xfe, '"', ':', '1', '}'};
      }
    }
    if (parameters.stream().anyMatch(p -> p.path("name").asText().equals("If-Match"))) {
      // A DELETE gets a stale one: the test keeps its own resources to the end.
      String ifMatch =
          ownId != null
                  && !operation.method().equals("DELETE")
                  && (mode != Mode.BAD_HEADER || random.nextBoolean())
              ? etag(path)
              : stale();
      if (ifMatch != null && (mode != Mode.BAD_PARAMETER || random.nextInt(4) != 0)) {
        headers.put("If-Match", ifMatch);
      }
    }
    if (operation.secured() && !(mode == Mode.BAD_HEADER && random.nextInt(3) == 0)) {
      headers.put("Authorization", "Bearer " + key);
    } else if (operation.secured()) {
      headers.put(
          "Authorization", List.of("Bearer x", "Basic eA==", "Bearer", "").get(random.nextInt(4)));
    }
    if (mode == Mode.BAD_HEADER) {
      switch (random.nextInt(4)) {
        case 0 -> headers.put("Accept", "");
        case 1 ->
            headers.put(
                "Accept",
                List.of("application/xml", "text/csv", "*/*;q=0", "garbage", "text/*, x/y;q=0.1")
                    .get(random.nextInt(5)));
        case 2 ->
            contentType =
                List.of(
                        "text/plain",
                        "application/xml",
                        "",
                        "a/b/c",
                        "application/json; charset=latin-1")
                    .get(random.nextInt(5));
        default ->
            headers.put(
                "Idempotency-Key", List.of("x".repeat(300), "\u00e9", "").get(random.nextInt(3)));
      }
    } else if (random.nextInt(3) == 0) {
      headers.put("Accept", List.of("application/json", "*/*", "text/csv").get(random.nextInt(3)));
    }

    StringBuilder head = new StringBuilder();
    head.append(operation.method()).append(' ').append(target).append(" HTTP/1.1\r\n");
    head.append("Host: localhost:").append(RestAssured.port).append("\r\nConnection: close");
    headers.forEach((name, value) -> head.append("\r\n").append(name).append(": ").append(value));
    if (contentType != null) {
      head.append("\r\nContent-Type: ").append(contentType);
    }
    if (body.length > 0 || write) {
      head.append("\r\nContent-Length: ").append(body.length);
    }
    return new Sent(operation.method(), path, head.toString(), body);
  }

  /**
   * An If-Match that matches no version: on resources this test did not make, "*" or "1" could
   * change the reference data other tests read.
   */
  private String stale() {
    return List.of("\"999999\"", "W/\"1\"", "garbage", "", "\"").get(random.nextInt(5));
  }

  private String etag(String path) {
    RawHttp.Answer answer =
        RawHttp.send(
            "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close", new byte[0]);
    return answer.status() == 200 ? answer.header("ETag") : null;
  }

  private String hostile() {
    if (random.nextInt(4) == 0) {
      return RAW.get(random.nextInt(RAW.size()));
    }
    return encode(HOSTILE.get(random.nextInt(HOSTILE.size())));
  }

  private String headerValue() {
    return List.of(
            "",
            "garbage",
            "\"",
            "W/",
            "x".repeat(3000),
            "Tue, 31 Feb 2026 00:00:00 GMT",
            "\u00e9\u00e8",
            "-1",
            "*")
        .get(random.nextInt(9));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** A valid value for a parameter: its example, an enum value, or one its schema allows. */
  private String valid(JsonNode parameter, String name) {
    JsonNode schema = resolve(parameter.path("schema"));
    if (parameter.has("example") && random.nextInt(4) != 0) {
      return parameter.path("example").asText();
    }
    if (name.equals("url")) {
      return "http://localhost:" + RestAssured.port + "/embed/voorstellen/23161.001";
    }
    return scalar(schema);
  }

  private String scalar(JsonNode schema) {
    if (schema.has("enum")) {
      return schema.path("enum").path(random.nextInt(schema.path("enum").size())).asText();
    }
    if (schema.has("example")) {
      return schema.path("example").asText();
    }
    String type = schema.path("type").asText("string");
    String format = schema.path("format").asText("");
    return switch (type) {
      case "integer" -> {
        long min = schema.path("minimum").asLong(0);
        long max = schema.path("maximum").asLong(min + 50);
        yield String.valueOf(min + random.nextInt((int) Math.min(max - min + 1, 1000)));
      }
      case "boolean" -> String.valueOf(random.nextBoolean());
      default ->
          switch (format) {
            // The 2090s: no council term covers them, so a seat period or meeting a valid body
            // makes cannot change what the reference data's votes are checked against.
            case "date" ->
                (2090 + random.nextInt(10))
                    + "-0"
                    + (1 + random.nextInt(9))
                    + "-1"
                    + random.nextInt(9);
            case "date-time" -> "2026-11-30T12:00:00Z";
            default -> "fuzz" + random.nextInt(100);
          };
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Bodies

  private String validBody(Operation operation, String ownId, JsonNode schema, String type) {
    if (type.equals("text/plain")) {
      return "Raadsnummer 1234" + random.nextInt(10) + "\n\n" + "regel ".repeat(random.nextInt(50));
    }
    if (operation.method().equals("PATCH")) {
      return patch(operation, ownId);
    }
    if (operation.method().equals("PUT") && ownId != null) {
      JsonNode current = current(operation, ownId);
      if (current != null) {
        return current.toString();
      }
    }
    return value(schema, 0).toString();
  }

  /** The resource as served: the same shape as its write body (so a client can GET and PUT). */
  private JsonNode current(Operation operation, String ownId) {
    String path = operation.template().replaceAll("\\{[^}]+}", ownId);
    RawHttp.Answer answer =
        RawHttp.send(
            "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close", new byte[0]);
    try {
      return answer.status() == 200 ? JSON.readTree(answer.body()) : null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String patch(Operation operation, String ownId) {
    JsonNode current = ownId == null ? null : current(operation, ownId);
    ObjectNode patch = JSON.createObjectNode();
    if (current != null && current.size() > 0 && random.nextBoolean()) {
      List<String> names = new ArrayList<>();
      current.fieldNames().forEachRemaining(names::add);
      String name = names.get(random.nextInt(names.size()));
      patch.set(name, current.get(name));
    }
    return patch.toString();
  }

  private String badField(Operation operation, String ownId, JsonNode schema, String type) {
    if (type.equals("text/plain")) {
      return "\u0000\r\n" + "x".repeat(random.nextInt(5000)) + "\ud7ff\n:::\n" + "*".repeat(100);
    }
    JsonNode invoer = operation.method().equals("PATCH") ? invoerSchema(operation) : schema;
    String base = validBody(operation, ownId, schema, type);
    List<String> names = new ArrayList<>();
    invoer.path("properties").fieldNames().forEachRemaining(names::add);
    if (names.isEmpty() || !base.startsWith("{")) {
      return base;
    }
    String name = names.get(random.nextInt(names.size()));
    String value = HOSTILE_JSON.get(random.nextInt(HOSTILE_JSON.size()));
    JsonNode property = resolve(invoer.path("properties").path(name));
    if (property.path("type").asText().equals("array") && random.nextBoolean()) {
      // A bad value one level down: an item of the list with a field that is wrong.
      JsonNode item = value(resolve(property.path("items")), 1);
      if (item.isObject() && item.size() > 0) {
        String field = item.fieldNames().next();
        ((ObjectNode) item).remove(field);
        String itemText = item.toString();
        value =
            "[{\""
                + field
                + "\":"
                + value
                + (itemText.length() > 2 ? "," + itemText.substring(1) : "}")
                + "]";
      }
    }
    ObjectNode rest;
    try {
      rest = (ObjectNode) JSON.readTree(base);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    rest.remove(name);
    String restText = rest.toString();
    return "{\""
        + name
        + "\":"
        + value
        + (restText.length() > 2 ? "," + restText.substring(1) : "}");
  }

  /** The write body schema a PATCH is merged into: that of the PUT on the same path. */
  private JsonNode invoerSchema(Operation patch) {
    JsonNode put =
        contract.path("paths").path(patch.template().replaceFirst("^/v1", "")).path("put");
    return resolve(put.path("requestBody").path("content").path("application/json").path("schema"));
  }

  private String malformedBody(JsonNode schema) {
    String property =
        schema.path("properties").fieldNames().hasNext()
            ? schema.path("properties").fieldNames().next()
            : "a";
    return switch (random.nextInt(13)) {
      case 0 -> "";
      case 1 -> "[]";
      case 2 -> "null";
      case 3 -> "{";
      case 4 -> "{\"" + property + "\":";
      case 5 -> "\"tekst\"";
      case 6 -> "123";
      case 7 -> "{\"" + property + "\":\"a\",\"" + property + "\":\"b\"}";
      case 8 -> "[".repeat(3000) + "]".repeat(3000);
      case 9 -> "{\"a\":".repeat(2000) + "1" + "}".repeat(2000);
      case 10 -> "{\"" + property + "\":\"" + "x".repeat(2_000_000) + "\"}";
      case 11 -> "{\"" + property + "\":1}{}";
      default -> "{\"" + property + "\":\"\\ud800\"}";
    };
  }

  /** A value its schema allows, as far as this generator can tell; ignored fields left out. */
  private JsonNode value(JsonNode schema, int depth) {
    JsonNode resolved = resolve(schema);
    String type = resolved.path("type").asText(resolved.has("properties") ? "object" : "string");
    switch (type) {
      case "object" -> {
        ObjectNode object = JSON.createObjectNode();
        Set<String> required = new java.util.HashSet<>();
        resolved.path("required").forEach(r -> required.add(r.asText()));
        for (Iterator<Map.Entry<String, JsonNode>> it = resolved.path("properties").fields();
            it.hasNext(); ) {
          Map.Entry<String, JsonNode> field = it.next();
          JsonNode property = resolve(field.getValue());
          boolean ignored =
              !property.has("type") && !property.has("properties") && !property.has("enum");
          if (depth < 3
              && !ignored
              && (required.contains(field.getKey()) || random.nextBoolean())) {
            object.set(field.getKey(), value(property, depth + 1));
          }
        }
        return object;
      }
      case "array" -> {
        var array = JSON.createArrayNode();
        for (int i = depth < 3 ? random.nextInt(3) : 0; i > 0; i--) {
          array.add(value(resolved.path("items"), depth + 1));
        }
        return array;
      }
      case "integer" -> {
        return JSON.getNodeFactory().numberNode(Long.parseLong(scalar(resolved)));
      }
      case "boolean" -> {
        return JSON.getNodeFactory().booleanNode(random.nextBoolean());
      }
      default -> {
        return JSON.getNodeFactory().textNode(scalar(resolved));
      }
    }
  }

  private static String cut(String text, int length) {
    String shown = text.length() > length ? text.substring(0, length) + "..." : text;
    return shown.replace("\r\n", " | ");
  }
}
