package nl.agendawijzer.raad;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import nl.agendawijzer.export.ExportDefinitie;
import nl.agendawijzer.export.Kolom;

/**
 * A faction's seats through time, one row per dated period (the zetelperioden of
 * /v1/fracties/{id}): a split or a member leaving during a term is a new row from that date on.
 */
@ApplicationScoped
public class FractieZetelsExport implements ExportDefinitie {

  static final List<Kolom> KOLOMMEN =
      List.of(
          Kolom.tekst("fractie", "Id van de fractie."),
          Kolom.datum("geldigVanaf", "Eerste dag met dit aantal zetels."),
          Kolom.datum("geldigTot", "Laatste dag met dit aantal zetels; leeg zolang het geldt."),
          Kolom.geheel("zetels", "Zetels van de fractie in deze periode."));

  @Override
  public String collectie() {
    return "fractie-zetels";
  }

  @Override
  public String beschrijving() {
    return "Eén rij per periode waarin een fractie een vast aantal zetels had.";
  }

  @Override
  public List<Kolom> kolommen() {
    return KOLOMMEN;
  }

  @Override
  public List<String> sleutel() {
    return List.of("fractie", "geldigVanaf");
  }

  @Override
  public List<Verwijzing> verwijzingen() {
    return List.of(new Verwijzing(List.of("fractie"), "fracties", List.of("id")));
  }

  @Override
  public String sql() {
    return "select fractie_id, geldig_vanaf, geldig_tot, zetels from fractie_zetels"
        + " order by fractie_id, geldig_vanaf";
  }

  @Override
  public List<Object> rij(ResultSet rs) throws SQLException {
    return Arrays.asList(
        rs.getString("fractie_id"),
        ExportDefinitie.datum(rs, "geldig_vanaf"),
        ExportDefinitie.datum(rs, "geldig_tot"),
        rs.getInt("zetels"));
  }
}
