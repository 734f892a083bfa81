package nl.agendawijzer.api;

import java.util.Locale;
import org.eclipse.microprofile.config.spi.Converter;

/**
 * A switch among the service's settings read strictly: {@code true} or {@code false}, in any case.
 * MicroProfile Config's own boolean converter reads every other word as false, so a typo such as
 * {@code AGENDAWIJZER_LEESLIMIET_ENABLED=ture} would silently switch the read limit off; this one
 * stops the start naming the property (docs/adr/0027).
 */
public final class AanOfUit implements Converter<Boolean> {

  @Override
  public Boolean convert(String waarde) {
    String woord = waarde.strip().toLowerCase(Locale.ROOT);
    return switch (woord) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default ->
          throw new IllegalArgumentException(
              "'" + waarde + "' is geen schakelaar; gebruik true of false");
    };
  }
}
