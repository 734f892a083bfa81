package nl.agendawijzer.importeren;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import jakarta.inject.Inject;
import java.io.PrintStream;
import java.nio.file.Path;
import nl.agendawijzer.api.HttpConventions;

/**
 * The entry point of the jar: without arguments it runs the API; with {@code importeer <map>} it
 * imports a folder of pages into the configured database and exits (the same build, no server: the
 * HTTP listener is switched off for the command).
 */
@QuarkusMain
public class Start {

  static final String IMPORTEER = "importeer";

  public static void main(String... args) {
    HttpConventions.checkUrisInTheRouter();
    if (args.length > 0 && IMPORTEER.equals(args[0])) {
      // The command needs the database, not the network; a running server keeps its port.
      System.setProperty("quarkus.http.host-enabled", "false");
      System.setProperty("quarkus.log.console.stderr", "true");
    }
    Quarkus.run(Toepassing.class, args);
  }

  /** Runs the command when asked to, otherwise serves until stopped. */
  public static class Toepassing implements QuarkusApplication {

    @Inject MapImport mapImport;

    @Override
    public int run(String... args) {
      if (args.length > 0 && IMPORTEER.equals(args[0])) {
        PrintStream out = System.out;
        if (args.length != 2) {
          out.println("Gebruik: java -jar quarkus-run.jar importeer <map met pagina's>");
          return 64;
        }
        return mapImport.voer(Path.of(args[1]), out);
      }
      Quarkus.waitForExit();
      return 0;
    }
  }
}
