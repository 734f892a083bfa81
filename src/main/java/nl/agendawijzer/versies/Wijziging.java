package nl.agendawijzer.versies;

/** What a version did to its resource. */
public enum Wijziging {
  TOEGEVOEGD,
  GEWIJZIGD,
  VERWIJDERD
}
