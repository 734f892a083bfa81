package nl.agendawijzer.sleutel;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * Reads {@code Authorization: Bearer <key>}. With {@code agendawijzer.api-keys.enabled=false} it
 * steps aside, so another mechanism (an OIDC provider) can take the bearer tokens instead; the
 * resources only check roles, never how they were established.
 */
@ApplicationScoped
public class ApiKeyAuthenticationMechanism implements HttpAuthenticationMechanism {

  private static final String BEARER = "Bearer ";

  @Inject SleutelConfig config;

  @Override
  public Uni<SecurityIdentity> authenticate(
      RoutingContext context, IdentityProviderManager identityProviderManager) {
    String header = context.request().getHeader("Authorization");
    if (!config.apiKeys().enabled() || header == null) {
      return Uni.createFrom().nullItem();
    }
    if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())
        || header.length() == BEARER.length()) {
      return Uni.createFrom()
          .failure(new AuthenticationFailedException("Gebruik Authorization: Bearer <sleutel>."));
    }
    String key = header.substring(BEARER.length()).strip();
    return identityProviderManager.authenticate(new ApiKeyAuthenticationRequest(key));
  }

  @Override
  public Uni<ChallengeData> getChallenge(RoutingContext context) {
    return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer"));
  }

  @Override
  public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
    return Set.of(ApiKeyAuthenticationRequest.class);
  }

  @Override
  public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
    return Uni.createFrom()
        .item(new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION, "bearer"));
  }
}
