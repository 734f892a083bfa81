package nl.agendawijzer.document;

import java.net.URI;

/** Where a link points: the council's own documentwijzer, or anywhere else. */
public enum DocumentSoort {
  DOCUMENTWIJZER,
  EXTERN;

  private static final String DOCUMENTWIJZER_HOST = "documentwijzer.raadvanalmere.nl";

  public static DocumentSoort vanUrl(String url) {
    try {
      String host = URI.create(url).getHost();
      return DOCUMENTWIJZER_HOST.equalsIgnoreCase(host) ? DOCUMENTWIJZER : EXTERN;
    } catch (IllegalArgumentException e) {
      return EXTERN;
    }
  }
}
