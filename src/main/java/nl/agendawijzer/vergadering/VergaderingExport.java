package nl.agendawijzer.vergadering;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import nl.agendawijzer.export.ExportDefinitie;
import nl.agendawijzer.export.Kolom;

/** Vergaderingen as a table, the fields of /v1/vergaderingen. */
@ApplicationScoped
public class VergaderingExport implements ExportDefinitie {

  static final List<Kolom> KOLOMMEN =
      List.of(
          Kolom.tekst("id", "Id van de vergadering, zoals in /v1/vergaderingen/{id}."),
          Kolom.datum("datum", "Datum van de vergadering."),
          Kolom.tekst("soort", "PLENAIR of CARROUSEL."),
          Kolom.tekst("omschrijving", "Tekst van de pagina over de vergadering."),
          Kolom.geheel("versie", "Versie van de vergadering."),
          Kolom.tijdstip("gewijzigdOp", "Moment van deze versie (UTC)."));

  @Override
  public String collectie() {
    return "vergaderingen";
  }

  @Override
  public String beschrijving() {
    return "Eén rij per vergadering.";
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
  public String sql() {
    return "select id, datum, soort, omschrijving, versie, gewijzigd_op from vergadering order by id";
  }

  @Override
  public List<Object> rij(ResultSet rs) throws SQLException {
    return Arrays.asList(
        rs.getString("id"),
        ExportDefinitie.datum(rs, "datum"),
        rs.getString("soort"),
        rs.getString("omschrijving"),
        rs.getInt("versie"),
        ExportDefinitie.instant(rs, "gewijzigd_op"));
  }
}
