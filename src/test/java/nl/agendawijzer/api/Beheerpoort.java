package nl.agendawijzer.api;

import org.eclipse.microprofile.config.ConfigProvider;

/** URLs on the management interface of the test run (health and metrics, docs/adr/0026). */
final class Beheerpoort {

  private Beheerpoort() {}

  static String url(String pad) {
    int port = ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
    return "http://localhost:" + port + pad;
  }
}
