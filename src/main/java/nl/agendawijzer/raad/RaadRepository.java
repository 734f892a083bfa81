package nl.agendawijzer.raad;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;

@ApplicationScoped
public class RaadRepository implements PanacheRepositoryBase<Raad, String> {

  /** The council this instance serves; there is one. */
  public static final String ALMERE = "almere";

  /** The council's terms with their seats, oldest first. */
  List<Zetelkalender.Termijn> termijnen() {
    return getEntityManager()
        .createQuery(
            "select p.van, p.tot, p.zetels from Raadsperiode p where p.raad.id = :raad order by"
                + " p.van",
            Object[].class)
        .setParameter("raad", ALMERE)
        .getResultStream()
        .map(r -> new Zetelkalender.Termijn((LocalDate) r[0], (LocalDate) r[1], (Integer) r[2]))
        .toList();
  }
}
