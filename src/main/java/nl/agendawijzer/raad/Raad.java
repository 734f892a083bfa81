package nl.agendawijzer.raad;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.util.List;
import nl.agendawijzer.versies.Versioned;

/** The council whose pages this API serves, with its terms. */
@Entity
public class Raad extends Versioned {

  @Id private String id;

  private String naam;

  @OneToMany(mappedBy = "raad", fetch = FetchType.EAGER)
  @OrderBy("van")
  private List<Raadsperiode> perioden;

  protected Raad() {}

  public String id() {
    return id;
  }

  public String naam() {
    return naam;
  }

  public List<Raadsperiode> perioden() {
    return perioden;
  }
}
