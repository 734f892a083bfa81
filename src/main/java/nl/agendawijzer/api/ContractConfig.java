package nl.agendawijzer.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The published contract this build serves. */
@ConfigMapping(prefix = "agendawijzer")
public interface ContractConfig {

  /**
   * The full version of the contract, sent as API-Version; equal to info.version of
   * openapi/openapi.json (a test checks).
   */
  @WithDefault("1.3.0")
  String apiVersion();
}
