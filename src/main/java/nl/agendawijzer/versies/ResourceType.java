package nl.agendawijzer.versies;

import java.util.Locale;

/** The resources whose versions are kept and whose changes are in the feed. */
public enum ResourceType {
  ONDERWERP("onderwerpen"),
  VOORSTEL("voorstellen"),
  STEMMING("stemmingen"),
  VERGADERING("vergaderingen"),
  FRACTIE("fracties");

  private final String collection;

  ResourceType(String collection) {
    this.collection = collection;
  }

  /** The path segment of its collection, e.g. {@code onderwerpen}. */
  public String collection() {
    return collection;
  }

  public String label() {
    String name = name().toLowerCase(Locale.ROOT);
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
