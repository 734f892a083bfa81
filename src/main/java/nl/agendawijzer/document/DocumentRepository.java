package nl.agendawijzer.document;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.agendawijzer.api.paging.Sort;
import nl.agendawijzer.api.paging.SortField;

@ApplicationScoped
public class DocumentRepository implements PanacheRepositoryBase<Document, String> {

  static final Sort<Document> SORT =
      new Sort<>(SortField.text("id", "d.id", Document::id), "id", List.of());

  public List<Document> vanOnderwerp(String raadsnummer) {
    return list(
        "onderwerp = :raadsnummer order by volgnummer",
        Parameters.with("raadsnummer", raadsnummer));
  }
}
