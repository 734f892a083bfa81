package nl.agendawijzer.sleutel;

import java.util.Set;

/** What a key may do. A beheerder manages keys and may also edit. */
public enum Rol {
  REDACTEUR,
  BEHEERDER;

  /** The role names used in {@code @RolesAllowed}. */
  public static final String REDACTEUR_NAAM = "redacteur";

  public static final String BEHEERDER_NAAM = "beheerder";

  Set<String> rollen() {
    return this == BEHEERDER ? Set.of(BEHEERDER_NAAM, REDACTEUR_NAAM) : Set.of(REDACTEUR_NAAM);
  }
}
