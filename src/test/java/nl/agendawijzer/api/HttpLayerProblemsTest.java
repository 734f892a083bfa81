package nl.agendawijzer.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Requests the HTTP layer refuses before any resource runs, sent on a plain socket because no
 * client library sends them. Each is answered like every other error: problem+json with
 * API-Version.
 */
@QuarkusTest
class HttpLayerProblemsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final byte[] NO_BODY = new byte[0];

  /** Headers that name the server, the framework or a proxy, and often their versions. */
  static final String[] VERRADEN = {
    "Server", "X-Powered-By", "X-AspNet-Version", "X-Generator", "Via"
  };

  @Test
  void noAnswerOfTheHttpLayerNamesTheServer() {
    RawHttp.Answer[] answers = {
      RawHttp.send(get("/v1/onderwerpen/%zz"), NO_BODY),
      RawHttp.send(get("/v1/onderwerpen") + "\r\nX-Groot: " + "b".repeat(30_000), NO_BODY),
      // Past Netty's own limit: its empty 431, which no handler of ours touched.
      RawHttp.send(get("/v1/onderwerpen") + "\r\nX-Groot: " + "b".repeat(200_000), NO_BODY),
      RawHttp.send(get("/bestaat-niet"), NO_BODY),
    };
    assertThat(answers).extracting(RawHttp.Answer::status).containsExactly(400, 431, 431, 404);
    for (RawHttp.Answer answer : answers) {
      for (String header : VERRADEN) {
        assertThat(answer.header(header)).as("%s in %s", header, answer.head()).isNull();
      }
    }
  }

  @Test
  void aRequestLineOver4KbIsA414Problem() {
    String path = "/v1/onderwerpen?zoek=" + "a".repeat(5000);
    assertProblem(RawHttp.send(get(path), NO_BODY), 414);
  }

  @Test
  void headersOverTheLimitAreA431Problem() {
    String head = get("/v1/onderwerpen") + "\r\nX-Groot: " + "b".repeat(30_000);
    assertProblem(RawHttp.send(head, NO_BODY), 431);
  }

  @Test
  void aMalformedEscapeInThePathIsA400Problem() {
    assertProblem(RawHttp.send(get("/v1/onderwerpen/%zz"), NO_BODY), 400);
    assertProblem(RawHttp.send(get("/v1/onderwerpen/%e2%82"), NO_BODY), 400);
  }

  @Test
  void aMalformedEscapeInTheQueryIsA400Problem() {
    assertProblem(RawHttp.send(get("/v1/onderwerpen?zoek=%zz"), NO_BODY), 400);
    assertProblem(RawHttp.send(get("/v1/voorstellen?zoek=%"), NO_BODY), 400);
    assertProblem(RawHttp.send(get("/oembed?url=%zz"), NO_BODY), 400);
  }

  @Test
  void aNulInPathOrQueryIsA400Problem() {
    assertProblem(RawHttp.send(get("/v1/vergaderingen/%00"), NO_BODY), 400);
    assertProblem(RawHttp.send(get("/v1/onderwerpen?zoek=a%00b"), NO_BODY), 400);
    assertProblem(RawHttp.send(get("/v1/openapi.json?x=%00"), NO_BODY), 400);
  }

  @Test
  void aRequestWithoutHostIsA400Problem() {
    String head = "GET /oembed?url=http://localhost/embed/voorstellen/23161.001 HTTP/1.0";
    assertProblem(RawHttp.send(head, NO_BODY), 400);
    assertProblem(RawHttp.send("GET /v1/onderwerpen HTTP/1.1\r\nConnection: close", NO_BODY), 400);
  }

  @Test
  void aChunkedBodyOverTheLimitIsA413Problem() {
    String head =
        "POST /v1/importeren?proefrun=true HTTP/1.1\r\nHost: localhost\r\nConnection: close"
            + "\r\nAuthorization: Bearer "
            + nl.agendawijzer.Sleutels.BEHEER
            + "\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked";
    byte[] chunk = ("100000\r\n" + "x".repeat(0x100000) + "\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[chunk.length * 17 + 5];
    for (int i = 0; i < 17; i++) {
      System.arraycopy(chunk, 0, body, i * chunk.length, chunk.length);
    }
    System.arraycopy("0\r\n\r\n".getBytes(StandardCharsets.UTF_8), 0, body, chunk.length * 17, 5);
    assertProblem(RawHttp.send(head, body), 413);
  }

  private static String get(String target) {
    return "GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close";
  }

  private static void assertProblem(RawHttp.Answer answer, int status) {
    assertThat(answer.status()).as(answer.head()).isEqualTo(status);
    assertThat(answer.header("API-Version")).as(answer.head()).isNotBlank();
    assertThat(answer.header("Content-Type")).as(answer.head()).startsWith(Problem.MEDIA_TYPE);
    try {
      JsonNode problem = JSON.readTree(answer.body());
      assertThat(problem.path("status").asInt()).as(answer.text()).isEqualTo(status);
      assertThat(problem.path("title").asText()).as(answer.text()).isNotBlank();
      // Answered before JAX-RS, and still with the request id in the header and the body.
      assertThat(answer.header(VerzoekId.HEADER)).as(answer.head()).isNotBlank();
      assertThat(problem.path("requestId").asText())
          .as(answer.text())
          .isEqualTo(answer.header(VerzoekId.HEADER));
    } catch (IOException e) {
      throw new AssertionError("Geen JSON: " + answer.text(), e);
    }
  }
}
