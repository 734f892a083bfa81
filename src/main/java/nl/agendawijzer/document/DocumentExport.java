package nl.agendawijzer.document;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import nl.agendawijzer.export.ExportDefinitie;
import nl.agendawijzer.export.Kolom;

/** Documenten as a table, the fields of /v1/documenten. */
@ApplicationScoped
public class DocumentExport implements ExportDefinitie {

  static final List<Kolom> KOLOMMEN =
      List.of(
          Kolom.tekst("id", "Id van het document."),
          Kolom.tekst("onderwerp", "Raadsnummer van het onderwerp; leeg als er geen is."),
          Kolom.tekst("soort", "Soort document of link."),
          Kolom.tekst("url", "Adres van het document."),
          Kolom.tekst("titel", "Titel van het document."),
          Kolom.geheel("versie", "Versie van het document."),
          Kolom.tijdstip("gewijzigdOp", "Moment van deze versie (UTC)."));

  @Override
  public String collectie() {
    return "documenten";
  }

  @Override
  public String beschrijving() {
    return "Eén rij per document of link van een onderwerp.";
  }

  @Override
  public List<Kolom> kolommen() {
    return KOLOMMEN;
  }

  @Override
  public List<String> sleutel() {
    return List.of("id");
  }

  @Override
  public List<Verwijzing> verwijzingen() {
    return List.of(new Verwijzing(List.of("onderwerp"), "onderwerpen", List.of("raadsnummer")));
  }

  @Override
  public String sql() {
    return "select id, raadsnummer, soort, url, titel, versie, gewijzigd_op from document"
        + " order by id";
  }

  @Override
  public List<Object> rij(ResultSet rs) throws SQLException {
    return Arrays.asList(
        rs.getString("id"),
        rs.getString("raadsnummer"),
        rs.getString("soort"),
        rs.getString("url"),
        rs.getString("titel"),
        rs.getInt("versie"),
        ExportDefinitie.instant(rs, "gewijzigd_op"));
  }
}
