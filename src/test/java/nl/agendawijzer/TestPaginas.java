package nl.agendawijzer;

import java.util.ArrayList;
import java.util.List;

/**
 * Generated Agendawijzer pages in the reference template, for tests that need more data than the
 * one real page. Deterministic: the same index always gives the same page.
 */
public final class TestPaginas {

  private static final String[] MAANDEN = {
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december"
  };

  private TestPaginas() {}

  /**
   * Page {@code i} of a series: raadsnummer {@code base + i}; titles repeat every 7 pages (so the
   * key must break ties); every fifth page has no dates; {@code berichten} dated history entries
   * with two decisions each, plus one undated decision on every third page.
   */
  public static String pagina(int base, int i, int doelen, int berichten) {
    String nr = String.valueOf(base + i);
    boolean zonderDatums = i % 5 == 0;
    StringBuilder p = new StringBuilder();
    p.append("Agendawijzer\n\nONDERWERP ").append((char) ('A' + i % 7)).append("\n\n");
    p.append("Raadsnummer: ").append(nr).append("\n\n");
    p.append("Geschreven op: ")
        .append(zonderDatums ? "" : datum(i))
        .append(" | Laatst bewerkt op: ")
        .append(zonderDatums ? "" : datum(i * 3))
        .append(" | Status onderwerp: ")
        .append(i % 2 == 0 ? "afgerond" : "in behandeling")
        .append("\n\nAfbeelding:Foto ")
        .append(i)
        .append("\n\nInleiding ")
        .append(i)
        .append(".\n\n\nWaar gaat het over?\n\nDe gemeente heeft de volgende doelen:\n\n");
    for (int d = 1; d <= doelen; d++) {
      p.append("  • Doel ").append(d).append(d == doelen ? ".\n" : ";\n");
    }
    p.append("\n\u00a0\nEerdere berichten\n\n");
    p.append("Hieronder vindt u berichten uit de historie van dit onderwerp.\n\n");
    if (i % 3 == 0) {
      p.append("  • Zonder datum (").append(nr).append(".900) AANVAARD 25/3\n\n");
    }
    for (int b = 0; b < berichten; b++) {
      int dag = 1 + (i + b) % 28;
      p.append(dag)
          .append(' ')
          .append(MAANDEN[(i + b) % 12])
          .append(" 2024 - Plenair, besluit.\n\n");
      p.append("  • Motie ")
          .append(b)
          .append(" (")
          .append(nr)
          .append('.')
          .append(String.format("%03d", b + 1))
          .append(") VERWORPEN 12/30\n");
      p.append("  • Amendement: Wijziging ")
          .append(b)
          .append(" (")
          .append(nr)
          .append('.')
          .append(String.format("%03d", b + 101))
          .append(") AANVAARD 31/9\n\n");
    }
    return p.toString();
  }

  public static List<String> reeks(int base, int aantal) {
    List<String> paginas = new ArrayList<>();
    for (int i = 0; i < aantal; i++) {
      paginas.add(pagina(base, i, 1 + i % 4, i % 3));
    }
    return paginas;
  }

  private static String datum(int i) {
    return String.format("%02d-%02d-2024", 1 + i % 28, 1 + i % 12);
  }
}
