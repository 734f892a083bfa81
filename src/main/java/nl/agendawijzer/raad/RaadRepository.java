package nl.agendawijzer.raad;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class RaadRepository implements PanacheRepositoryBase<Raad, String> {

  /** The council this instance serves; there is one. */
  public static final String ALMERE = "almere";
}
