package nl.agendawijzer.voorstel;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import nl.agendawijzer.export.ExportDefinitie;
import nl.agendawijzer.export.Kolom;

/**
 * Per-faction results as a table: one row per faction per stemming, with the faction's seats on the
 * stemming's date, as in the {@code fracties} of /v1/stemmingen/{id}. Members' votes stay in the
 * JSON API.
 */
@ApplicationScoped
public class FractieUitslagExport implements ExportDefinitie {

  static final List<Kolom> KOLOMMEN =
      List.of(
          Kolom.tekst("stemming", "Id van de stemming."),
          Kolom.tekst("fractie", "Id van de fractie."),
          Kolom.geheel("zetels", "Zetels van de fractie op de datum; leeg als ze er geen had."),
          Kolom.tekst("keuze", "VOOR, TEGEN, VERDEELD of NIET_DEELGENOMEN."),
          Kolom.geheel("voor", "Stemmen voor uit de fractie; leeg als de bron geen getal geeft."),
          Kolom.geheel(
              "tegen", "Stemmen tegen uit de fractie; leeg als de bron geen getal geeft."));

  @Override
  public String collectie() {
    return "fractie-uitslagen";
  }

  @Override
  public String beschrijving() {
    return "Eén rij per fractie per stemming: haar zetels op die dag en hoe ze stemde.";
  }

  @Override
  public List<Kolom> kolommen() {
    return KOLOMMEN;
  }

  @Override
  public List<String> sleutel() {
    return List.of("stemming", "fractie");
  }

  @Override
  public List<Verwijzing> verwijzingen() {
    return List.of(
        new Verwijzing(List.of("stemming"), "stemmingen", List.of("id")),
        new Verwijzing(List.of("fractie"), "fracties", List.of("id")));
  }

  @Override
  public String sql() {
    // The seats come from the same snapshot as the results: the period holding the stemming's date.
    return "select u.stemming_id, u.fractie_id, u.keuze, u.voor, u.tegen,"
        + " (select z.zetels from fractie_zetels z where z.fractie_id = u.fractie_id"
        + " and s.datum >= z.geldig_vanaf and (z.geldig_tot is null or s.datum <= z.geldig_tot)"
        + " order by z.geldig_vanaf desc fetch first 1 rows only) as zetels"
        + " from stemming_fractie u join stemming s on s.id = u.stemming_id"
        + " order by u.stemming_id, u.fractie_id";
  }

  @Override
  public List<Object> rij(ResultSet rs) throws SQLException {
    return Arrays.asList(
        rs.getString("stemming_id"),
        rs.getString("fractie_id"),
        rs.getObject("zetels", Integer.class),
        rs.getString("keuze"),
        rs.getObject("voor", Integer.class),
        rs.getObject("tegen", Integer.class));
  }
}
