package nl.agendawijzer.voorstel;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import nl.agendawijzer.export.ExportDefinitie;
import nl.agendawijzer.export.Kolom;
import nl.agendawijzer.raad.RaadRepository;

/** Stemmingen as a table: the fields of the representation, the check as its status. */
@ApplicationScoped
public class StemmingExport implements ExportDefinitie {

  static final List<Kolom> KOLOMMEN =
      List.of(
          Kolom.tekst("id", "Id van de stemming, zoals in /v1/stemmingen/{id}."),
          Kolom.tekst("voorstel", "Nummer van het voorstel waarover gestemd is."),
          Kolom.tekst("vergadering", "Id van de vergadering; leeg als onbekend."),
          Kolom.datum("datum", "Datum van de stemming; leeg als de pagina er geen geeft."),
          Kolom.tekst("uitslag", "Uitslag, genormaliseerd (AANVAARD, VERWORPEN, ...)."),
          Kolom.tekst("uitslagTekst", "Uitslag zoals de pagina hem schrijft."),
          Kolom.geheel("voor", "Stemmen voor; leeg als de pagina geen getal geeft."),
          Kolom.geheel("tegen", "Stemmen tegen; leeg als de pagina geen getal geeft."),
          Kolom.geheel("nietGestemd", "Leden die niet stemden; leeg als de bron het niet zegt."),
          Kolom.geheel("zetels", "Zetels van de raad op de datum van de stemming."),
          Kolom.tekstUit(
              "controle",
              "/controle/status",
              "Controle van de getallen: OK, AFWIJKING of ONVOLLEDIG (de status van controle)."),
          Kolom.geheel("versie", "Versie van de stemming."),
          Kolom.tijdstip("gewijzigdOp", "Moment van deze versie (UTC)."));

  @Override
  public String collectie() {
    return "stemmingen";
  }

  @Override
  public String beschrijving() {
    return "Eén rij per stemming over een voorstel, met de zetels op die dag en de controle.";
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
    return List.of(
        new Verwijzing(List.of("voorstel"), "voorstellen", List.of("nummer")),
        new Verwijzing(List.of("vergadering"), "vergaderingen", List.of("id")));
  }

  @Override
  public String sql() {
    // The seats come from the same snapshot as the votes; the check is the stored one that reads
    // and ?controle= use (docs/adr/0012).
    return "select s.id, s.voorstel_nummer, s.vergadering_id, s.datum, s.uitslag, s.uitslag_tekst,"
        + " s.voor, s.tegen, s.niet_gestemd, s.controle_status, s.versie, s.gewijzigd_op,"
        + " (select p.zetels from raadsperiode p where p.raad_id = '"
        + RaadRepository.ALMERE
        + "' and s.datum >= p.van and (p.tot is null or s.datum <= p.tot)"
        + " order by p.van fetch first 1 rows only) as zetels"
        + " from stemming s order by s.id";
  }

  @Override
  public List<Object> rij(ResultSet rs) throws SQLException {
    return Arrays.asList(
        rs.getString("id"),
        rs.getString("voorstel_nummer"),
        rs.getString("vergadering_id"),
        ExportDefinitie.datum(rs, "datum"),
        rs.getString("uitslag"),
        rs.getString("uitslag_tekst"),
        rs.getObject("voor", Integer.class),
        rs.getObject("tegen", Integer.class),
        rs.getObject("niet_gestemd", Integer.class),
        rs.getObject("zetels", Integer.class),
        rs.getString("controle_status"),
        rs.getInt("versie"),
        ExportDefinitie.instant(rs, "gewijzigd_op"));
  }
}
