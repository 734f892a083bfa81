package nl.agendawijzer.api;

/**
 * Client input (a path, an import's {@code bron}, a key name) as it may appear in a log line. A CR
 * or LF in it would start a forged log line of its own, other control characters confuse terminals
 * and log shippers; each is written as a visible escape ({@code \n}, {@code \u001b}), so one event
 * stays one line and the value can still be read.
 */
public final class Logtekst {

  private Logtekst() {}

  public static String van(Object waarde) {
    if (waarde == null) {
      return "null";
    }
    String tekst = waarde.toString();
    StringBuilder veilig = null;
    for (int i = 0; i < tekst.length(); i++) {
      char c = tekst.charAt(i);
      boolean stuurteken = Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
      if (stuurteken && veilig == null) {
        veilig = new StringBuilder(tekst.length() + 16).append(tekst, 0, i);
      }
      if (veilig != null) {
        if (!stuurteken) {
          veilig.append(c);
        } else if (c == '\n') {
          veilig.append("\\n");
        } else if (c == '\r') {
          veilig.append("\\r");
        } else if (c == '\t') {
          veilig.append("\\t");
        } else {
          veilig.append(String.format("\\u%04x", (int) c));
        }
      }
    }
    return veilig == null ? tekst : veilig.toString();
  }
}
