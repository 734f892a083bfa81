package nl.agendawijzer.api;

import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An HTTP/1.x client on a plain socket, for requests a real client library refuses to send: bad
 * %-escapes, control characters, no Host, request lines and headers over the server's limits. One
 * request a connection ({@code Connection: close}), so the answer is everything until the end.
 */
final class RawHttp {

  private static final int TIMEOUT_MS = 30_000;

  private RawHttp() {}

  /** An answer: status, headers with lower-case names, and the body (de-chunked). */
  record Answer(int status, Map<String, String> headers, byte[] body) {

    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    /** The status line and headers, to name an answer in a failure message. */
    String head() {
      return status + " " + headers;
    }
  }

  /** Sends {@code head} (request line and headers, without the blank line) and {@code body}. */
  static Answer send(String head, byte[] body) {
    return send(head.getBytes(StandardCharsets.ISO_8859_1), body);
  }

  static Answer send(byte[] head, byte[] body) {
    try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
      socket.setSoTimeout(TIMEOUT_MS);
      OutputStream out = socket.getOutputStream();
      out.write(head);
      out.write("\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
      try {
        out.write(body);
        out.flush();
      } catch (IOException closedEarly) {
        // The server may answer and close before it read the whole body (413): read its answer.
      }
      return read(socket.getInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Answer read(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int n; (n = in.read(buffer)) != -1; ) {
        all.write(buffer, 0, n);
      }
    } catch (java.net.SocketException reset) {
      // A server that closes with unread input resets the connection; keep what arrived.
    }
    byte[] bytes = all.toByteArray();
    int end = indexOf(bytes, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
    if (end < 0) {
      throw new IOException(
          "Geen volledig HTTP-antwoord: " + new String(bytes, StandardCharsets.ISO_8859_1));
    }
    String[] lines = new String(bytes, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.merge(
          lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
          lines[i].substring(colon + 1).strip(),
          (a, b) -> a + ", " + b);
    }
    byte[] body = java.util.Arrays.copyOfRange(bytes, end + 4, bytes.length);
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      body = dechunk(body);
    }
    return new Answer(status, headers, body);
  }

  private static byte[] dechunk(byte[] chunked) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] crlf = "\r\n".getBytes(StandardCharsets.ISO_8859_1);
    int at = 0;
    while (at < chunked.length) {
      int lineEnd = indexOf(chunked, crlf, at);
      String size = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1);
      int length = Integer.parseInt(size.split(";")[0].strip(), 16);
      if (length == 0) {
        break;
      }
      out.write(chunked, lineEnd + 2, length);
      at = lineEnd + 2 + length + 2;
    }
    return out.toByteArray();
  }

  private static int indexOf(byte[] bytes, byte[] sought, int from) {
    outer:
    for (int i = from; i <= bytes.length - sought.length; i++) {
      for (int j = 0; j < sought.length; j++) {
        if (bytes[i + j] != sought[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
