package nl.agendawijzer.api;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * Latency of every route as a Prometheus histogram ({@code http_server_requests_seconds_bucket}),
 * so percentiles can be computed over all replicas together; a summary per replica cannot be added
 * up (docs/adr/0026). The range is what this API answers in, 1 ms to 10 s: fewer buckets per route
 * than Micrometer's default of up to 30 s.
 */
public class Latentiehistogram {

  static final String HTTP_SERVER = "http.server.requests";

  @Produces
  @Singleton
  MeterFilter perRoute() {
    return new MeterFilter() {
      @Override
      public DistributionStatisticConfig configure(
          Meter.Id id, DistributionStatisticConfig config) {
        if (!id.getName().equals(HTTP_SERVER)) {
          return config;
        }
        return DistributionStatisticConfig.builder()
            .percentilesHistogram(true)
            .minimumExpectedValue((double) Duration.ofMillis(1).toNanos())
            .maximumExpectedValue((double) Duration.ofSeconds(10).toNanos())
            .build()
            .merge(config);
      }
    };
  }
}
