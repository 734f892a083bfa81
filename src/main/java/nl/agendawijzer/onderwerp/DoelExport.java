package nl.agendawijzer.onderwerp;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import nl.agendawijzer.export.ExportDefinitie;
import nl.agendawijzer.export.Kolom;

/** Doelen as a table: an onderwerp's goals, keyed like /v1/onderwerpen/{raadsnummer}/doelen. */
@ApplicationScoped
public class DoelExport implements ExportDefinitie {

  static final List<Kolom> KOLOMMEN =
      List.of(
          Kolom.tekst("onderwerp", "Raadsnummer van het onderwerp."),
          Kolom.geheel("volgnummer", "Plaats van het doel in de lijst van het onderwerp."),
          Kolom.tekst("tekst", "Het doel."),
          Kolom.geheel("versie", "Versie van het doel."),
          Kolom.tijdstip("gewijzigdOp", "Moment van deze versie (UTC)."));

  @Override
  public String collectie() {
    return "doelen";
  }

  @Override
  public String beschrijving() {
    return "Eén rij per doel van een onderwerp.";
  }

  @Override
  public List<Kolom> kolommen() {
    return KOLOMMEN;
  }

  @Override
  public List<String> sleutel() {
    return List.of("onderwerp", "volgnummer");
  }

  @Override
  public List<Verwijzing> verwijzingen() {
    return List.of(new Verwijzing(List.of("onderwerp"), "onderwerpen", List.of("raadsnummer")));
  }

  @Override
  public String sql() {
    return "select raadsnummer, volgnummer, tekst, versie, gewijzigd_op from doel"
        + " order by raadsnummer, volgnummer";
  }

  @Override
  public List<Object> rij(ResultSet rs) throws SQLException {
    return Arrays.asList(
        rs.getString("raadsnummer"),
        rs.getInt("volgnummer"),
        rs.getString("tekst"),
        rs.getInt("versie"),
        ExportDefinitie.instant(rs, "gewijzigd_op"));
  }
}
