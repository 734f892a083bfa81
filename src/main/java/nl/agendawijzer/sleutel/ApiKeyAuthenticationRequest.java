package nl.agendawijzer.sleutel;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/**
 * A presented API key. A type of its own, so the key provider never sees another mechanism's bearer
 * tokens (an OIDC provider's) and theirs never see a key.
 */
public class ApiKeyAuthenticationRequest extends BaseAuthenticationRequest {

  private final String key;

  ApiKeyAuthenticationRequest(String key) {
    this.key = key;
  }

  String key() {
    return key;
  }
}
