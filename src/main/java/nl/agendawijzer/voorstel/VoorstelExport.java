package nl.agendawijzer.voorstel;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import nl.agendawijzer.export.ExportDefinitie;
import nl.agendawijzer.export.Kolom;

/** Voorstellen as a table: the stemmingen are an export of their own, joined by nummer. */
@ApplicationScoped
public class VoorstelExport implements ExportDefinitie {

  static final List<Kolom> KOLOMMEN =
      List.of(
          Kolom.tekst("nummer", "Nummer van het voorstel, zoals in /v1/voorstellen/{nummer}."),
          Kolom.tekst("soort", "RAADSVOORSTEL, MOTIE, MOTIE_VREEMD of AMENDEMENT."),
          Kolom.tekst("soortTekst", "Soort zoals de pagina hem schrijft."),
          Kolom.tekst("titel", "Titel van het voorstel."),
          Kolom.tekst("onderwerp", "Raadsnummer van het onderwerp."),
          Kolom.tekst("uitslag", "Uitslag van de laatste stemming; leeg zonder stemming."),
          Kolom.datum("datum", "Datum van de laatste stemming."),
          Kolom.geheel("versie", "Versie van het voorstel."),
          Kolom.tijdstip("gewijzigdOp", "Moment van deze versie (UTC)."));

  /** The last vote: latest date, a vote without date first, the id breaking ties. */
  private static final String LAATSTE =
      " from stemming s where s.voorstel_nummer = v.nummer"
          + " order by s.datum desc nulls last, s.id desc fetch first 1 rows only)";

  @Override
  public String collectie() {
    return "voorstellen";
  }

  @Override
  public String beschrijving() {
    return "Eén rij per voorstel, motie of amendement, met de uitslag van de laatste stemming.";
  }

  @Override
  public List<Kolom> kolommen() {
    return KOLOMMEN;
  }

  @Override
  public List<String> sleutel() {
    return List.of("nummer");
  }

  @Override
  public List<Verwijzing> verwijzingen() {
    return List.of(new Verwijzing(List.of("onderwerp"), "onderwerpen", List.of("raadsnummer")));
  }

  @Override
  public String sql() {
    return "select v.nummer, v.soort, v.soort_tekst, v.titel, v.raadsnummer, v.versie,"
        + " v.gewijzigd_op, (select s.uitslag"
        + LAATSTE
        + " as uitslag, (select s.datum"
        + LAATSTE
        + " as datum from voorstel v order by v.nummer";
  }

  @Override
  public List<Object> rij(ResultSet rs) throws SQLException {
    return Arrays.asList(
        rs.getString("nummer"),
        rs.getString("soort"),
        rs.getString("soort_tekst"),
        rs.getString("titel"),
        rs.getString("raadsnummer"),
        rs.getString("uitslag"),
        ExportDefinitie.datum(rs, "datum"),
        rs.getInt("versie"),
        ExportDefinitie.instant(rs, "gewijzigd_op"));
  }
}
