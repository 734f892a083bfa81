package nl.agendawijzer.raad;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import nl.agendawijzer.versies.Versioned;
import org.hibernate.annotations.BatchSize;

/**
 * A faction of the council. Its id is a stable slug ({@code groenlinks}) chosen by the editor, so
 * stemgedrag and links keep working when the faction is renamed. Its seats are dated periods.
 */
@Entity
public class Fractie extends Versioned {

  @Id private String id;

  private String naam;
  private String afkorting;

  @ElementCollection
  @CollectionTable(name = "fractie_zetels", joinColumns = @JoinColumn(name = "fractie_id"))
  @OrderColumn(name = "volgnummer")
  // One query loads the seats of the factions of a page, not one per faction. Not SUBSELECT, which
  // repeats the page's query without its limit (see Stemming#fracties).
  @BatchSize(size = 100)
  private List<ZetelPeriode> zetels = new ArrayList<>();

  protected Fractie() {}

  static Fractie nieuw(
      String id, String naam, String afkorting, List<ZetelPeriode> zetels, Instant nu) {
    Fractie f = new Fractie();
    f.id = id;
    f.naam = naam;
    f.afkorting = afkorting;
    f.zetels.addAll(opVolgorde(zetels));
    f.firstVersion(nu);
    return f;
  }

  /** Replaces the editable fields; true when any differs. */
  boolean wijzig(String naam, String afkorting, List<ZetelPeriode> zetels) {
    List<ZetelPeriode> nieuw = opVolgorde(zetels);
    boolean anders =
        !Objects.equals(this.naam, naam)
            || !Objects.equals(this.afkorting, afkorting)
            || !this.zetels.equals(nieuw);
    this.naam = naam;
    this.afkorting = afkorting;
    if (!this.zetels.equals(nieuw)) {
      this.zetels.clear();
      this.zetels.addAll(nieuw);
    }
    return anders;
  }

  private static List<ZetelPeriode> opVolgorde(List<ZetelPeriode> zetels) {
    return zetels.stream().sorted(Comparator.comparing(ZetelPeriode::geldigVanaf)).toList();
  }

  public String id() {
    return id;
  }

  public String naam() {
    return naam;
  }

  public String afkorting() {
    return afkorting;
  }

  public List<ZetelPeriode> zetels() {
    return zetels;
  }
}
