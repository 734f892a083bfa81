package nl.agendawijzer.api;

import java.util.Arrays;

/**
 * A write without If-Match (428), or with an ETag that is no longer current (412): the client must
 * read the resource again, so no update is ever lost.
 */
public class PreconditionProblem extends RuntimeException {

  private final int status;

  private PreconditionProblem(int status, String message) {
    super(message);
    this.status = status;
  }

  public int status() {
    return status;
  }

  /**
   * Checks If-Match against the current version. Writes use the strong comparison: a weak ETag
   * never matches.
   */
  public static void requireCurrent(String ifMatch, int versie) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new PreconditionProblem(
          428,
          "Stuur If-Match met de ETag van de versie die u wijzigt (uit een GET), zodat geen"
              + " wijziging van een ander verloren gaat.");
    }
    String current = "\"" + versie + "\"";
    boolean matches =
        Arrays.stream(ifMatch.split(","))
            .map(String::strip)
            .anyMatch(tag -> tag.equals("*") || tag.equals(current));
    if (!matches) {
      throw stale(versie);
    }
  }

  /** The resource changed between the check and the write. */
  public static PreconditionProblem stale(int versie) {
    return new PreconditionProblem(
        412,
        "De resource is intussen gewijzigd"
            + (versie > 0 ? " (huidige ETag \"" + versie + "\")" : "")
            + "; haal hem opnieuw op en pas uw wijziging daarop toe.");
  }
}
