package nl.agendawijzer.versies;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.agendawijzer.api.paging.Sort;
import nl.agendawijzer.api.paging.SortField;

@ApplicationScoped
public class RevisieRepository implements PanacheRepositoryBase<Revisie, Long> {

  static final Sort<Revisie> FEED =
      new Sort<>(
          SortField.number("volgnummer", "r.volgnummer", Revisie::volgnummer),
          "volgnummer",
          List.of());

  /** A resource's versions, oldest first, paged on (type, sleutel, versie): its unique index. */
  static final Sort<Revisie> VERSIES =
      new Sort<>(SortField.integer("versie", "r.versie", Revisie::versie), "versie", List.of());

  Optional<Revisie> laatste(ResourceType type, String sleutel) {
    return find(
            "type = :type and sleutel = :sleutel order by versie desc",
            Parameters.with("type", type).and("sleutel", sleutel))
        .firstResultOptional();
  }

  Optional<Revisie> versie(ResourceType type, String sleutel, int versie) {
    return find(
            "type = :type and sleutel = :sleutel and versie = :versie",
            Parameters.with("type", type).and("sleutel", sleutel).and("versie", versie))
        .firstResultOptional();
  }

  /** The version that was current at a moment: the last one made at or before it. */
  Optional<Revisie> op(ResourceType type, String sleutel, Instant moment) {
    return find(
            "type = :type and sleutel = :sleutel and gewijzigdOp <= :moment order by versie desc",
            Parameters.with("type", type).and("sleutel", sleutel).and("moment", moment))
        .firstResultOptional();
  }
}
