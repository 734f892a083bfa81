package nl.agendawijzer.onderwerp;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import nl.agendawijzer.export.ExportDefinitie;
import nl.agendawijzer.export.Kolom;

/** Onderwerpen as a table: the fields of a list item; doelen and documenten are exports too. */
@ApplicationScoped
public class OnderwerpExport implements ExportDefinitie {

  static final List<Kolom> KOLOMMEN =
      List.of(
          Kolom.tekst("raadsnummer", "Raadsnummer, zoals in /v1/onderwerpen/{raadsnummer}."),
          Kolom.tekst("titel", "Titel van het onderwerp."),
          Kolom.tekst("status", "Fase, genormaliseerd."),
          Kolom.tekst("statusTekst", "Fase zoals de pagina hem schrijft."),
          Kolom.datum("geschrevenOp", "Datum waarop de pagina geschreven is."),
          Kolom.datum("laatstBewerktOp", "Datum waarop de pagina laatst bewerkt is."),
          Kolom.geheel("versie", "Versie van het onderwerp."),
          Kolom.tijdstip("gewijzigdOp", "Moment van deze versie (UTC)."));

  @Override
  public String collectie() {
    return "onderwerpen";
  }

  @Override
  public String beschrijving() {
    return "Eén rij per onderwerp (een Agendawijzer-pagina).";
  }

  @Override
  public List<Kolom> kolommen() {
    return KOLOMMEN;
  }

  @Override
  public List<String> sleutel() {
    return List.of("raadsnummer");
  }

  @Override
  public String sql() {
    return "select raadsnummer, titel, status, status_tekst, geschreven_op, laatst_bewerkt_op,"
        + " versie, gewijzigd_op from onderwerp order by raadsnummer";
  }

  @Override
  public List<Object> rij(ResultSet rs) throws SQLException {
    return Arrays.asList(
        rs.getString("raadsnummer"),
        rs.getString("titel"),
        rs.getString("status"),
        rs.getString("status_tekst"),
        ExportDefinitie.datum(rs, "geschreven_op"),
        ExportDefinitie.datum(rs, "laatst_bewerkt_op"),
        rs.getInt("versie"),
        ExportDefinitie.instant(rs, "gewijzigd_op"));
  }
}
