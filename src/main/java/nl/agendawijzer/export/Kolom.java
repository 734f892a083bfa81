package nl.agendawijzer.export;

/**
 * One column of an export: its name (equal to the field of the JSON representation), its
 * Frictionless Table Schema type and what it means. The CSV header, the NDJSON keys and
 * datapackage.json all come from here.
 */
public record Kolom(String naam, Type type, String beschrijving, String pad) {

  public Kolom(String naam, Type type, String beschrijving) {
    this(naam, type, beschrijving, "/" + naam);
  }

  /** A column whose value sits deeper in the JSON, e.g. the status of a stemming's controle. */
  public static Kolom tekstUit(String naam, String pad, String beschrijving) {
    return new Kolom(naam, Type.STRING, beschrijving, pad);
  }

  /** The Table Schema types used (https://specs.frictionlessdata.io/table-schema/#types). */
  public enum Type {
    STRING("string"),
    INTEGER("integer"),
    NUMBER("number"),
    BOOLEAN("boolean"),
    DATE("date"),
    DATETIME("datetime");

    private final String frictionless;

    Type(String frictionless) {
      this.frictionless = frictionless;
    }

    public String frictionless() {
      return frictionless;
    }
  }

  public static Kolom tekst(String naam, String beschrijving) {
    return new Kolom(naam, Type.STRING, beschrijving);
  }

  public static Kolom geheel(String naam, String beschrijving) {
    return new Kolom(naam, Type.INTEGER, beschrijving);
  }

  public static Kolom datum(String naam, String beschrijving) {
    return new Kolom(naam, Type.DATE, beschrijving);
  }

  public static Kolom tijdstip(String naam, String beschrijving) {
    return new Kolom(naam, Type.DATETIME, beschrijving);
  }
}
