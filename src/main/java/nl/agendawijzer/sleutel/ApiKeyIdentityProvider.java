package nl.agendawijzer.sleutel;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Turns a presented key into an identity: its name as principal, its role as roles. */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyAuthenticationRequest> {

  @Inject SleutelService sleutels;

  @Override
  public Class<ApiKeyAuthenticationRequest> getRequestType() {
    return ApiKeyAuthenticationRequest.class;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      ApiKeyAuthenticationRequest request, AuthenticationRequestContext context) {
    return context.runBlocking(
        () ->
            sleutels
                .identiteit(request.key())
                .map(
                    id ->
                        (SecurityIdentity)
                            QuarkusSecurityIdentity.builder()
                                .setPrincipal(new QuarkusPrincipal(id.naam()))
                                .addRoles(id.rol().rollen())
                                .build())
                .orElseThrow(
                    () ->
                        new AuthenticationFailedException(
                            "Deze sleutel is onbekend of ingetrokken.")));
  }
}
