package nl.agendawijzer.sleutel;

import io.quarkus.security.AuthenticationFailedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.agendawijzer.api.CollectionBody;
import nl.agendawijzer.api.InvalidParametersProblem;
import nl.agendawijzer.api.Links;
import nl.agendawijzer.api.NotFoundProblem;
import nl.agendawijzer.api.Problem;

/**
 * Makes, lists and revokes API keys, and tells who a presented key belongs to. A key is 32 random
 * bytes: far too many to guess, so a plain SHA-256 of it is a safe thing to store (a slow password
 * hash protects low-entropy secrets; these are not). See docs/adr/0007-api-keys.md.
 */
@ApplicationScoped
public class SleutelService {

  /** The author name of changes made with the key from configuration. */
  public static final String BOOTSTRAP_NAAM = "beheer (configuratie)";

  static final String BOOTSTRAP_VERVALLEN =
      "De sleutel uit de configuratie (agendawijzer.bootstrap-key) werkt niet meer: er is een"
          + " beheerdersleutel. Gebruik die.";

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject SleutelRepository sleutels;
  @Inject Links links;
  @Inject Clock clock;
  @Inject Instance<Systeemauteurs> systeemauteurs;
  @Inject Event<GeldigeSleutels.Gewijzigd> gewijzigd;

  @Inject SleutelConfig config;

  @Transactional
  public NieuweSleutelView maak(SleutelAanvraag aanvraag) {
    // " Jan " is Jan: names are stored and compared trimmed, so one person has one name.
    String naam = aanvraag.naam().strip();
    if (naam.equalsIgnoreCase(BOOTSTRAP_NAAM)
        || systeemauteurs.stream().anyMatch(s -> s.bezet(naam))) {
      throw new InvalidParametersProblem(
          List.of(
              new Problem.InvalidParam(
                  "naam",
                  "body",
                  "deze naam gebruikt het systeem zelf als auteur van wijzigingen")));
    }
    if (sleutels.naamBestaat(naam)) {
      throw new InvalidParametersProblem(
          List.of(new Problem.InvalidParam("naam", "body", "er is al een sleutel met deze naam")));
    }
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    String sleutel = "aw_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    Sleutel s =
        Sleutel.nieuw(
            UUID.randomUUID().toString(), naam, aanvraag.rol(), hash(sleutel), clock.instant());
    sleutels.persist(s);
    gewijzigd.fire(new GeldigeSleutels.Gewijzigd());
    return NieuweSleutelView.of(s, sleutel, links);
  }

  @Transactional
  public CollectionBody lijst() {
    return CollectionBody.of(
        links, "sleutels", sleutels.alle().stream().map(s -> SleutelView.of(s, links)).toList());
  }

  @Transactional
  public void trekIn(String id) {
    sleutels
        .findByIdOptional(id)
        .orElseThrow(() -> new NotFoundProblem("Sleutel", id))
        .trekIn(clock.instant());
    gewijzigd.fire(new GeldigeSleutels.Gewijzigd());
  }

  /**
   * Who a presented key belongs to: empty for an unknown or revoked key. The bootstrap key from
   * configuration only serves to make the first beheerder key: while a beheerder key that is not
   * revoked exists it is refused, so a configuration value that lives in Secrets, CI variables and
   * shell histories is not a second, never-revoked master key.
   */
  @Transactional
  public Optional<Identiteit> identiteit(String sleutel) {
    if (config.bootstrapKey().isPresent()
        && MessageDigest.isEqual(
            config.bootstrapKey().get().getBytes(StandardCharsets.UTF_8),
            sleutel.getBytes(StandardCharsets.UTF_8))) {
      if (sleutels.geldigeBeheerderBestaat()) {
        throw new AuthenticationFailedException(BOOTSTRAP_VERVALLEN);
      }
      return Optional.of(new Identiteit(BOOTSTRAP_NAAM, Rol.BEHEERDER));
    }
    return sleutels
        .metHash(hash(sleutel))
        .filter(Sleutel::geldig)
        .map(s -> new Identiteit(s.naam(), s.rol()));
  }

  public record Identiteit(String naam, Rol rol) {}

  /**
   * The hashes of every key {@link #identiteit} accepts now: the keys not revoked, and the
   * bootstrap key while no beheerder key exists.
   */
  @Transactional
  Set<String> geldigeHashes() {
    Set<String> hashes = new HashSet<>();
    sleutels.geldige().forEach(s -> hashes.add(s.hash()));
    if (config.bootstrapKey().isPresent() && !sleutels.geldigeBeheerderBestaat()) {
      hashes.add(hash(config.bootstrapKey().get()));
    }
    return Set.copyOf(hashes);
  }

  static String hash(String sleutel) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(sleutel.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
