package nl.agendawijzer.export;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.AgroalDataSourceMetrics;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.agendawijzer.ApiTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * 25 clients that read an export slowly hold neither a pooled connection nor a snapshot: detail
 * GETs keep answering and nobody waits for a connection meanwhile. One download over the limit is
 * 503 with Retry-After, and a client that goes away frees its place.
 */
@QuarkusTest
@TestProfile(LangzameLezersTest.VijfentwintigDownloads.class)
class LangzameLezersTest extends ApiTest {

  static final int LEZERS = 25;

  /** Enough rows that a slow reader cannot have it all in the socket buffers (about 3 MB). */
  static final int RIJEN = 30_000;

  public static class VijfentwintigDownloads implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("agendawijzer.export.max-downloads", Integer.toString(LEZERS));
    }
  }

  @Inject AgroalDataSource dataSource;

  @Test
  void slowExportReadersLeaveDetailReadsAndThePoolAlone() throws Exception {
    voegStemmingenToe(dataSource, RIJEN);
    dataSource.getConfiguration().setMetricsEnabled(true);
    AgroalDataSourceMetrics pool = dataSource.getMetrics();
    pool.reset();
    int maxPool = dataSource.getConfiguration().connectionPoolConfiguration().maxSize();

    ExecutorService threads = Executors.newFixedThreadPool(LEZERS);
    CountDownLatch allenBegonnen = new CountDownLatch(LEZERS);
    CountDownLatch stop = new CountDownLatch(1);
    List<Future<Lezing>> lezingen = new ArrayList<>();
    try {
      for (int i = 0; i < LEZERS; i++) {
        lezingen.add(threads.submit(() -> leesLangzaam(allenBegonnen, stop)));
      }
      assertThat(allenBegonnen.await(60, TimeUnit.SECONDS))
          .as("every reader got its headers")
          .isTrue();

      // All 25 are downloading: the 26th is told to come back later.
      given()
          .get("/v1/exports/stemmingen.csv")
          .then()
          .statusCode(503)
          .contentType("application/problem+json")
          .header("Retry-After", equalTo("10"));

      long maxActief = 0;
      long maxWachtend = 0;
      int detailReads = 0;
      long einde = System.nanoTime() + TimeUnit.SECONDS.toNanos(6);
      while (System.nanoTime() < einde) {
        given().get("/v1/onderwerpen/23161").then().statusCode(200);
        given().get("/v1/stemmingen").then().statusCode(200);
        detailReads += 2;
        maxActief = Math.max(maxActief, pool.activeCount());
        maxWachtend = Math.max(maxWachtend, pool.awaitingCount());
      }
      stop.countDown();

      assertThat(detailReads).isGreaterThan(0);
      assertThat(maxWachtend).as("requests waiting for a pooled connection").isZero();
      assertThat(maxActief).as("connections in use at once").isLessThan(maxPool);
      assertThat(pool.maxUsedCount()).as("most connections ever in use").isLessThan(maxPool);
      for (Future<Lezing> lezing : lezingen) {
        Lezing l = lezing.get(30, TimeUnit.SECONDS);
        assertThat(l.status()).isEqualTo(200);
        assertThat(l.gelezen()).isPositive();
        // Still reading when stopped: the downloads really were open side by side.
        assertThat(l.compleet()).isFalse();
      }
    } finally {
      stop.countDown();
      threads.shutdownNow();
      assertThat(threads.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }

    // The readers hung up: their places are free again (the server sees the close shortly after).
    int status = 0;
    for (int poging = 0; poging < 100 && status != 200; poging++) {
      status = given().get("/v1/exports/stemmingen.csv").then().extract().statusCode();
      if (status != 200) {
        Thread.sleep(100);
      }
    }
    assertThat(status).isEqualTo(200);
  }

  record Lezing(int status, long gelezen, boolean compleet) {}

  /** A client on a slow line: a small receive window, 1 KB at a time, 10 times a second. */
  private static Lezing leesLangzaam(CountDownLatch begonnen, CountDownLatch stop)
      throws IOException, InterruptedException {
    try (Socket socket = new Socket()) {
      socket.setReceiveBufferSize(4096);
      socket.connect(new InetSocketAddress("localhost", RestAssured.port), 10_000);
      socket.setSoTimeout(30_000);
      socket
          .getOutputStream()
          .write(
              ("GET /v1/exports/stemmingen.csv HTTP/1.1\r\nHost: localhost\r\n"
                      + "Connection: close\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      InputStream in = socket.getInputStream();
      String statusregel = regel(in);
      while (!regel(in).isEmpty()) {
        // headers
      }
      begonnen.countDown();
      int status = Integer.parseInt(statusregel.split(" ")[1]);
      long gelezen = 0;
      byte[] buffer = new byte[1024];
      while (!stop.await(100, TimeUnit.MILLISECONDS)) {
        int n = in.read(buffer);
        if (n < 0) {
          return new Lezing(status, gelezen, true);
        }
        gelezen += n;
      }
      return new Lezing(status, gelezen, false);
    }
  }

  private static String regel(InputStream in) throws IOException {
    ByteArrayOutputStream regel = new ByteArrayOutputStream();
    int c;
    while ((c = in.read()) >= 0 && c != '\n') {
      if (c != '\r') {
        regel.write(c);
      }
    }
    return regel.toString(StandardCharsets.US_ASCII);
  }

  /** Rows straight into the table, as a large council's history would be. */
  static void voegStemmingenToe(AgroalDataSource dataSource, int rijen) throws Exception {
    Optional<String> schema =
        ConfigProvider.getConfig()
            .getOptionalValue("quarkus.hibernate-orm.database.default-schema", String.class);
    try (Connection connection = dataSource.getConnection()) {
      if (schema.isPresent()) {
        connection.setSchema(schema.get());
      }
      connection.setAutoCommit(false);
      try (PreparedStatement insert =
          connection.prepareStatement(
              "insert into stemming (id, voorstel_nummer, datum, uitslag, uitslag_tekst, voor,"
                  + " tegen, controle_status, versie, gewijzigd_op) values (?, '23161.001', ?,"
                  + " 'AANVAARD', 'Aanvaard met een lange toelichting om de rij te vullen', 30, 15,"
                  + " 'OK', 1, ?)")) {
        for (int i = 0; i < rijen; i++) {
          insert.setString(1, "lezers-" + i);
          insert.setObject(2, java.time.LocalDate.of(2015, 1, 1).plusDays(i % 3650));
          insert.setObject(
              3, java.time.OffsetDateTime.ofInstant(Instant.EPOCH, java.time.ZoneOffset.UTC));
          insert.addBatch();
          if (i % 1000 == 999) {
            insert.executeBatch();
          }
        }
        insert.executeBatch();
      }
      connection.commit();
    }
  }
}
