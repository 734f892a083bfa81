package nl.agendawijzer.importeren;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Run by {@code bench/parser.sh}: the parse time of each adversarial page of {@link
 * AdversarialePaginas} at full and half size, and their ratio (about 2 when the step is linear,
 * about 4 when it is quadratic). The line limit is switched off so that one long line reaches every
 * pattern; with it on, such a page is refused before any pattern runs.
 */
public final class ParserBench {

  /**
   * CPU time of the parsing thread, not wall time: the figures stay comparable on a machine shared
   * with other work.
   */
  private static final ThreadMXBean cpu = ManagementFactory.getThreadMXBean();

  private ParserBench() {}

  public static void main(String[] args) throws Exception {
    int bytes = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int limiet = args.length > 1 ? Integer.parseInt(args[1]) : 60;
    AgendawijzerParser parser = new AgendawijzerParser(Integer.MAX_VALUE);
    ExecutorService uitvoerder =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "parser-bench");
              t.setDaemon(true);
              return t;
            });
    // Warm the JIT on the reference page and one small page of each kind.
    String referentie =
        ReferentieData.class.getClassLoader().getResource(ReferentieData.PAGINA) == null
            ? null
            : new String(
                ReferentieData.class
                    .getClassLoader()
                    .getResourceAsStream(ReferentieData.PAGINA)
                    .readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
    for (int i = 0; i < 200 && referentie != null; i++) {
      parser.parse(referentie);
    }
    for (AdversarialePaginas.Geval geval : AdversarialePaginas.gevallen()) {
      parser.parse(geval.pagina(10_000));
    }
    System.out.printf(
        Locale.ROOT,
        "%-26s %12s %12s %8s%n",
        "page (" + bytes + " chars)",
        "half size",
        "full size",
        "ratio");
    double slechtste = 0;
    for (AdversarialePaginas.Geval geval : AdversarialePaginas.gevallen()) {
      String half = geval.pagina(bytes / 2);
      String heel = geval.pagina(bytes);
      double th = tijd(uitvoerder, parser, half, limiet);
      double tv = th < 0 ? -1 : tijd(uitvoerder, parser, heel, limiet);
      if (tv < 0) {
        System.out.printf(
            Locale.ROOT,
            "%-26s %12s %12s %8s%n",
            geval.naam(),
            th < 0 ? "> " + limiet + " s" : ms(th),
            "> " + limiet + " s",
            "-");
        slechtste = Double.POSITIVE_INFINITY;
        continue;
      }
      slechtste = Math.max(slechtste, tv);
      System.out.printf(
          Locale.ROOT,
          "%-26s %12s %12s %8.2f%n",
          geval.naam(),
          ms(th),
          ms(tv),
          tv / Math.max(th, 0.01));
    }
    System.out.printf(
        Locale.ROOT,
        "slowest full-size page: %s%n",
        Double.isInfinite(slechtste) ? "did not finish" : ms(slechtste));
    uitvoerder.shutdownNow();
    System.exit(0);
  }

  /** The best of three parses in milliseconds; -1 when one takes longer than the limit. */
  private static double tijd(
      ExecutorService uitvoerder, AgendawijzerParser parser, String pagina, int limiet)
      throws InterruptedException, ExecutionException {
    double beste = Double.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      Future<Long> f =
          uitvoerder.submit(
              () -> {
                long t = cpu.getCurrentThreadCpuTime();
                try {
                  parser.parse(pagina);
                } catch (OngeldigePagina e) {
                  // A refused page is an answer too; its time counts.
                }
                return cpu.getCurrentThreadCpuTime() - t;
              });
      try {
        beste = Math.min(beste, f.get(limiet, TimeUnit.SECONDS) / 1e6);
      } catch (TimeoutException e) {
        return -1;
      }
    }
    return beste;
  }

  private static String ms(double ms) {
    return String.format(Locale.ROOT, "%.1f ms", ms);
  }
}
