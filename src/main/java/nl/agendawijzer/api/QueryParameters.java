package nl.agendawijzer.api;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the query parameters of one request and collects every problem with them, so a client gets
 * one 400 that lists all of them rather than the first. Unknown parameters are rejected too: a
 * misspelt filter would otherwise silently return unfiltered data.
 *
 * <p>JAX-RS would answer a {@code @QueryParam Integer} that does not parse with 404; reading the
 * raw strings here is what makes those a 400.
 */
public final class QueryParameters {

  private final MultivaluedMap<String, String> raw;
  private final Set<String> read = new HashSet<>();
  private final List<Problem.InvalidParam> problems = new ArrayList<>();

  private QueryParameters(MultivaluedMap<String, String> raw) {
    this.raw = raw;
  }

  public static QueryParameters of(UriInfo uriInfo) {
    return new QueryParameters(uriInfo.getQueryParameters());
  }

  /** For endpoints without query parameters: any parameter is rejected, not silently ignored. */
  public static void requireNone(UriInfo uriInfo) {
    of(uriInfo).validate();
  }

  /** For a detail: its only parameter, {@code peilmoment}, asks for the state at a moment. */
  public static Optional<Instant> peilmoment(UriInfo uriInfo) {
    QueryParameters params = of(uriInfo);
    Optional<Instant> peilmoment = params.instant("peilmoment");
    params.validate();
    return peilmoment;
  }

  public Optional<String> text(String name) {
    read.add(name);
    List<String> values = raw.get(name);
    if (values == null || values.isEmpty()) {
      return Optional.empty();
    }
    if (values.size() > 1) {
      reject(name, "mag maar één keer voorkomen");
      return Optional.empty();
    }
    if (values.get(0).isBlank()) {
      reject(name, "is leeg");
      return Optional.empty();
    }
    return Optional.of(values.get(0));
  }

  public int integer(String name, int defaultValue, int min, int max) {
    Optional<String> value = text(name);
    if (value.isEmpty()) {
      return defaultValue;
    }
    try {
      int parsed = Integer.parseInt(value.get());
      if (parsed < min || parsed > max) {
        reject(name, "moet tussen " + min + " en " + max + " liggen, was " + parsed);
        return defaultValue;
      }
      return parsed;
    } catch (NumberFormatException e) {
      reject(name, "is geen geheel getal: '" + value.get() + "'");
      return defaultValue;
    }
  }

  public Optional<Long> longValue(String name) {
    Optional<String> value = text(name);
    try {
      return value.map(Long::valueOf);
    } catch (NumberFormatException e) {
      reject(name, "is geen geheel getal: '" + value.get() + "'");
      return Optional.empty();
    }
  }

  /** A moment with its offset, e.g. {@code 2026-11-30T12:00:00Z}. */
  public Optional<Instant> instant(String name) {
    Optional<String> value = text(name);
    try {
      Optional<Instant> moment = value.map(v -> OffsetDateTime.parse(v).toInstant());
      if (moment.isEmpty() || Datumbereik.binnen(moment.get())) {
        return moment;
      }
    } catch (DateTimeParseException e) {
      // Answered below, with the same reason as a moment out of range.
    }
    reject(
        name,
        "is geen tijdstip met tijdzone tussen de jaren "
            + Datumbereik.VAN.getYear()
            + " en "
            + Datumbereik.TOT_EN_MET.getYear()
            + ", zoals 2026-11-30T12:00:00Z");
    return Optional.empty();
  }

  public Optional<LocalDate> date(String name) {
    return text(name).flatMap(value -> parseDate(name, value));
  }

  /** One of the constants of an enumeration, written as in the contract (UPPER_SNAKE_CASE). */
  public <T extends Enum<T>> Optional<T> enumValue(String name, Class<T> type) {
    Optional<String> value = text(name);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    for (T constant : type.getEnumConstants()) {
      if (constant.name().equals(value.get())) {
        return Optional.of(constant);
      }
    }
    reject(
        name,
        "onbekende waarde '"
            + value.get()
            + "'; toegestaan: "
            + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
    return Optional.empty();
  }

  public void reject(String name, String reason) {
    problems.add(new Problem.InvalidParam(name, "query", reason));
  }

  /** Call after reading every parameter the endpoint knows. */
  public void validate() {
    raw.keySet().stream()
        .filter(name -> !read.contains(name))
        .sorted()
        .forEach(name -> reject(name, "is geen parameter van deze operatie"));
    if (!problems.isEmpty()) {
      throw new InvalidParametersProblem(problems);
    }
  }

  /** A period, either end open: {@code datumVanaf} and {@code datumTot}, both inclusive. */
  public record Period(Optional<LocalDate> from, Optional<LocalDate> to) {}

  /**
   * Reads {@code datumVanaf} and {@code datumTot}, and rejects a period that ends before it starts.
   */
  public Period period() {
    Optional<LocalDate> from = date("datumVanaf");
    Optional<LocalDate> to = date("datumTot");
    if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
      reject("datumTot", "ligt voor datumVanaf");
    }
    return new Period(from, to);
  }

  private Optional<LocalDate> parseDate(String name, String value) {
    try {
      LocalDate datum = LocalDate.parse(value);
      if (Datumbereik.binnen(datum)) {
        return Optional.of(datum);
      }
    } catch (DateTimeParseException e) {
      // Answered below, with the same reason as a date out of range.
    }
    reject(name, Datumbereik.REDEN);
    return Optional.empty();
  }
}
