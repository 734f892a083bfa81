package nl.agendawijzer.sleutel;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class SleutelRepository implements PanacheRepositoryBase<Sleutel, String> {

  Optional<Sleutel> metHash(String hash) {
    return find("hash = :hash", Parameters.with("hash", hash)).firstResultOptional();
  }

  boolean naamBestaat(String naam) {
    return count("naam = :naam", Parameters.with("naam", naam)) > 0;
  }

  /** Whether a beheerder key that is not revoked exists: then the bootstrap key is retired. */
  boolean geldigeBeheerderBestaat() {
    return count("rol = :rol and ingetrokkenOp is null", Parameters.with("rol", Rol.BEHEERDER)) > 0;
  }

  List<Sleutel> geldige() {
    return list("ingetrokkenOp is null");
  }

  List<Sleutel> alle() {
    return listAll(Sort.by("aangemaaktOp").and("id"));
  }
}
