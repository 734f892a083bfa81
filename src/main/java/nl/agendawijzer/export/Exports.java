package nl.agendawijzer.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The registry of every collection that can be exported, as the feature packages declare them. */
@ApplicationScoped
public class Exports {

  @Inject Instance<ExportDefinitie> definities;

  /** Every export, by name, so datapackage.json lists them in a stable order. */
  public List<ExportDefinitie> alle() {
    return definities.stream()
        .<ExportDefinitie>map(d -> d)
        .sorted(Comparator.comparing(ExportDefinitie::collectie))
        .toList();
  }

  public Optional<ExportDefinitie> van(String collectie) {
    return alle().stream().filter(d -> d.collectie().equals(collectie)).findFirst();
  }
}
