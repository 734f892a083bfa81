package nl.agendawijzer.sleutel;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import nl.agendawijzer.api.AanOfUit;

/** How writers authenticate (docs/adr/0007). */
@ConfigMapping(prefix = "agendawijzer")
public interface SleutelConfig {

  ApiKeys apiKeys();

  /**
   * The first beheerder key, from a Kubernetes Secret; there is no built-in credential. A short one
   * would be guessable, so it stops the start.
   */
  Optional<
          @Size(min = 32, message = "is korter dan 32 tekens; kies een lange willekeurige waarde")
          String>
      bootstrapKey();

  interface ApiKeys {

    /** Off lets another mechanism (an OIDC provider) take the bearer tokens. */
    @WithDefault("true")
    @WithConverter(AanOfUit.class)
    boolean enabled();
  }
}
