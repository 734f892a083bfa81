package nl.agendawijzer.raad;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import nl.agendawijzer.export.ExportDefinitie;
import nl.agendawijzer.export.Kolom;

/** Fracties as a table; their seats through time are the fractie-zetels export. */
@ApplicationScoped
public class FractieExport implements ExportDefinitie {

  static final List<Kolom> KOLOMMEN =
      List.of(
          Kolom.tekst("id", "Id van de fractie, zoals in /v1/fracties/{id}."),
          Kolom.tekst("naam", "Naam van de fractie."),
          Kolom.tekst("afkorting", "Afkorting van de fractie; leeg als er geen is."),
          Kolom.geheel("versie", "Versie van de fractie."),
          Kolom.tijdstip("gewijzigdOp", "Moment van deze versie (UTC)."));

  @Override
  public String collectie() {
    return "fracties";
  }

  @Override
  public String beschrijving() {
    return "Eén rij per fractie in de raad.";
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
    return "select id, naam, afkorting, versie, gewijzigd_op from fractie order by id";
  }

  @Override
  public List<Object> rij(ResultSet rs) throws SQLException {
    return Arrays.asList(
        rs.getString("id"),
        rs.getString("naam"),
        rs.getString("afkorting"),
        rs.getInt("versie"),
        ExportDefinitie.instant(rs, "gewijzigd_op"));
  }
}
