package nl.agendawijzer.export;

/** The formats an export is written in. */
public enum Formaat {
  CSV("csv", "text/csv; charset=utf-8; header=present"),
  NDJSON("ndjson", "application/x-ndjson");

  private final String extensie;
  private final String mediaType;

  Formaat(String extensie, String mediaType) {
    this.extensie = extensie;
    this.mediaType = mediaType;
  }

  public String extensie() {
    return extensie;
  }

  public String mediaType() {
    return mediaType;
  }
}
