package nl.agendawijzer.importeren;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Pages built for the worst case of each parser step (issue 10, item 4): a valid topic page whose
 * one section is filled, up to a size, with the fragment a pattern or loop would spend the most
 * time on. Used by {@link AdversarialePaginasTest} (1 MB each, guarded against hangs) and by {@link
 * ParserBench} (times at 0.5 MB and 1 MB, their ratio).
 */
final class AdversarialePaginas {

  /** Where the payload goes: each section reaches other parser steps. */
  enum Plaats {
    INLEIDING,
    SECTIE,
    STUKKEN,
    HISTORIE,
    KOP
  }

  /**
   * One worst case: a name, the section it fills and the payload of about {@code bytes} characters.
   */
  record Geval(String naam, Plaats plaats, IntFunction<String> inhoud) {
    String pagina(int bytes) {
      return AdversarialePaginas.pagina(plaats, inhoud.apply(bytes));
    }
  }

  private AdversarialePaginas() {}

  static List<Geval> gevallen() {
    List<Geval> g = new ArrayList<>();
    // Trailing-punctuation patterns on URLs: a run of dots inside and at the end of a link.
    g.add(new Geval("url-punten-midden", Plaats.STUKKEN, n -> "https://a" + herhaal(".", n) + "b"));
    g.add(new Geval("url-punten-einde", Plaats.STUKKEN, n -> "https://a" + herhaal(".", n)));
    g.add(new Geval("url-leestekens", Plaats.STUKKEN, n -> "https://a" + herhaal(".,;:)]'\"’", n)));
    g.add(new Geval("urls-op-een-regel", Plaats.STUKKEN, n -> herhaal("https://a.nl. ", n)));
    g.add(new Geval("https-reeks", Plaats.STUKKEN, n -> herhaal("https://", n)));
    g.add(
        new Geval(
            "wijzer-urls",
            Plaats.SECTIE,
            n -> herhaal("https://documentwijzer.raadvanalmere.nl/app/instrument/", n)));
    // Runs of punctuation, separators and white space in running text.
    g.add(new Geval("leestekens", Plaats.SECTIE, n -> "a" + herhaal(".:;,!?…", n) + "b"));
    g.add(new Geval("spaties", Plaats.SECTIE, n -> "a" + herhaal(" ", n) + "b"));
    g.add(new Geval("tabs-en-nbsp", Plaats.HISTORIE, n -> "1" + herhaal("\t\u00a0 ", n) + "x"));
    g.add(new Geval("lang-woord", Plaats.SECTIE, n -> herhaal("a", n)));
    g.add(new Geval("cijfers", Plaats.HISTORIE, n -> herhaal("9", n)));
    g.add(new Geval("streepjes", Plaats.HISTORIE, n -> herhaal("- ", n)));
    g.add(new Geval("haakjes-open", Plaats.HISTORIE, n -> herhaal("(", n)));
    g.add(new Geval("haakjes-spaties", Plaats.HISTORIE, n -> "(" + herhaal(" ", n) + "x"));
    // Items, numbers and the T3 run-on items (DOORLOPEND).
    g.add(new Geval("doorlopend-zonder-groep", Plaats.HISTORIE, n -> herhaal("a. - b ", n)));
    g.add(
        new Geval(
            "doorlopend-groep-aan-eind",
            Plaats.HISTORIE,
            n -> herhaal("ABCD - ", n) + "(23161.001) AANGENOMEN"));
    g.add(
        new Geval(
            "doorlopende-items",
            Plaats.HISTORIE,
            n -> herhaal("verworpen. - Item (23161.004) VERWORPEN 10/33 ", n)));
    g.add(new Geval("nummer-fragmenten", Plaats.HISTORIE, n -> herhaal("(1.", n)));
    g.add(new Geval("nummergroepen", Plaats.HISTORIE, n -> herhaal("(23161.001) ", n)));
    g.add(new Geval("rv-cijfers", Plaats.HISTORIE, n -> "(RV-" + herhaal("1", n) + "/"));
    g.add(new Geval("stemmen", Plaats.HISTORIE, n -> "Motie (23161.001) " + herhaal("1 / ", n)));
    g.add(
        new Geval(
            "stemmen-proza",
            Plaats.HISTORIE,
            n -> "Motie (23161.001)\nHet is " + herhaal("met 1 stem voor en ", n) + "aangenomen."));
    g.add(
        new Geval(
            "fractieregel",
            Plaats.HISTORIE,
            n -> "Motie (23161.001) AANGENOMEN 30/15\nVoor: " + herhaal("VVD, ", n) + "(30)"));
    g.add(
        new Geval(
            "fractiedelen",
            Plaats.HISTORIE,
            n -> "Motie (23161.001) AANGENOMEN 30/15\n" + herhaal("Voor: VVD (1) | ", n)));
    g.add(
        new Geval(
            "fractie-haakjes",
            Plaats.HISTORIE,
            n -> "Motie (23161.001)\nVoor: " + herhaal("(1) ", n) + "x"));
    g.add(new Geval("voor-fragmenten", Plaats.HISTORIE, n -> herhaal("Voor:", n)));
    // Dates and history lines.
    g.add(new Geval("datumfragmenten", Plaats.HISTORIE, n -> herhaal("1 maart 2022 - ", n)));
    g.add(new Geval("datum-spaties", Plaats.HISTORIE, n -> "1 maart" + herhaal(" ", n) + "x"));
    g.add(new Geval("datumregels", Plaats.HISTORIE, n -> herhaal("3 maart - Plenair\n", n)));
    g.add(new Geval("korte-regels-historie", Plaats.HISTORIE, n -> herhaal("a\n", n)));
    g.add(
        new Geval(
            "kopjes-historie", Plaats.HISTORIE, n -> herhaal("Besluit\n3 maart 2022 - a\n", n)));
    g.add(
        new Geval(
            "items-regels",
            Plaats.HISTORIE,
            n -> herhaal("- Item (23161.002) AANGENOMEN 30/15\n", n)));
    // Many lines elsewhere: headings, bullets, blocks, the teaser.
    g.add(new Geval("korte-regels-sectie", Plaats.SECTIE, n -> herhaal("a\n", n)));
    g.add(new Geval("lege-regels", Plaats.SECTIE, n -> herhaal("a\n\n", n)));
    g.add(new Geval("nbsp-koppen", Plaats.SECTIE, n -> herhaal("\u00a0\nKop\n", n)));
    g.add(new Geval("korte-regels-inleiding", Plaats.INLEIDING, n -> herhaal("a\n", n)));
    g.add(
        new Geval(
            "opsommingen", Plaats.SECTIE, n -> "De doelen:\n\n" + herhaal("• a;;;;;;;;;\n", n)));
    g.add(
        new Geval(
            "doel-leestekens", Plaats.SECTIE, n -> "De doelen:\n\n• a" + herhaal(";.,", n) + "b"));
    g.add(
        new Geval(
            "opsomming-spaties", Plaats.SECTIE, n -> herhaal(" ", n) + "•" + herhaal(" ", n)));
    g.add(
        new Geval(
            "glossarium",
            Plaats.SECTIE,
            n ->
                herhaal(
                    "Met een motie kan een raadslid een onderwerp ter bespreking en stemming ",
                    n)));
    // The header: numbers and metadata fields.
    g.add(new Geval("raadsnummers", Plaats.KOP, n -> "Raadsnummer: " + herhaal("23161 ", n)));
    g.add(
        new Geval(
            "metadata-velden",
            Plaats.KOP,
            n -> "Geschreven op: 07-07-2023" + herhaal(" | Status onderwerp: a", n)));
    return g;
  }

  /** A topic page (T2) with the payload in the given place. */
  static String pagina(Plaats plaats, String inhoud) {
    StringBuilder p = new StringBuilder();
    p.append("Agendawijzer\nOnderwerp onder vuur\nRaadsnummer: 23161\n");
    if (plaats == Plaats.KOP) {
      p.append(inhoud).append('\n');
    }
    p.append(
        "Geschreven op: 07-07-2023 | Laatst bewerkt op: 14-10-2023 | Status onderwerp: afgerond\n\n");
    p.append("Een inleiding.\n\n");
    if (plaats == Plaats.INLEIDING) {
      p.append(inhoud).append("\n\n");
    }
    p.append("Waar gaat het over?\n\n");
    p.append(plaats == Plaats.SECTIE ? inhoud : "Een onderwerp.").append("\n\n");
    p.append("Waar vind ik de stukken?\n\n");
    p.append(plaats == Plaats.STUKKEN ? inhoud : "https://example.org/stuk.pdf").append("\n\n");
    p.append("Eerdere berichten\n\n");
    p.append("3 maart 2022 - Plenair, besluit.\n");
    p.append("Motie: Iets doen (23161.001) AANGENOMEN 30/15\n");
    if (plaats == Plaats.HISTORIE) {
      p.append(inhoud).append('\n');
    }
    return p.toString();
  }

  /** {@code fragment} repeated up to about {@code lengte} characters. */
  static String herhaal(String fragment, int lengte) {
    int keer = Math.max(1, lengte / fragment.length());
    return fragment.repeat(keer);
  }
}
