package nl.agendawijzer.zoeken;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import nl.agendawijzer.versies.ResourceType;
import nl.agendawijzer.versies.Vastgelegd;

/**
 * Keeps the search index in step with the served representations: every recorded version of an
 * onderwerp or voorstel rewrites its index row in the same transaction; a deletion removes it.
 */
@ApplicationScoped
public class Zoekindex {

  @Inject EntityManager entityManager;
  @Inject ObjectMapper json;

  void bijVersie(@Observes Vastgelegd versie) {
    if (versie.type() != ResourceType.ONDERWERP && versie.type() != ResourceType.VOORSTEL) {
      return;
    }
    // Without a flush (the index is no entity): a native statement otherwise flushes (dirty-checks)
    // the whole persistence context, once per version a change records.
    entityManager
        .createNativeQuery("delete from {h-schema}zoekdocument where type = ?1 and sleutel = ?2")
        .setFlushMode(FlushModeType.COMMIT)
        .setParameter(1, versie.type().name())
        .setParameter(2, versie.sleutel())
        .executeUpdate();
    if (versie.inhoud() != null) {
      schrijf(versie.type(), versie.sleutel(), versie.inhoud());
    }
  }

  private void schrijf(ResourceType type, String sleutel, JsonNode inhoud) {
    entityManager
        .createNativeQuery(
            "insert into {h-schema}zoekdocument (type, sleutel, titel, tekst) values (?1, ?2, ?3,"
                + " ?4)")
        .setFlushMode(FlushModeType.COMMIT)
        .setParameter(1, type.name())
        .setParameter(2, sleutel)
        .setParameter(3, Zoektekst.normaliseer(inhoud.path("titel").asText("")))
        .setParameter(4, Zoektekst.normaliseer(String.join(" ", tekst(type, inhoud))))
        .executeUpdate();
  }

  /** What is searched besides the titel: an onderwerp's inleiding, secties and doelen. */
  private static List<String> tekst(ResourceType type, JsonNode inhoud) {
    List<String> delen = new ArrayList<>();
    if (type == ResourceType.ONDERWERP) {
      delen.add(inhoud.path("inleiding").asText(""));
      inhoud
          .path("secties")
          .forEach(s -> delen.add(s.path("kop").asText("") + " " + s.path("tekst").asText("")));
      inhoud.path("doelen").forEach(d -> delen.add(d.path("tekst").asText("")));
    } else {
      delen.add(inhoud.path("soortTekst").asText(""));
    }
    return delen;
  }

  /**
   * A database made before the index existed gets it from the newest stored version of every
   * onderwerp and voorstel that is not deleted, once.
   */
  @Transactional
  void vulBijStart(@Observes StartupEvent start) throws Exception {
    Number rijen =
        (Number)
            entityManager
                .createNativeQuery("select count(*) from {h-schema}zoekdocument")
                .getSingleResult();
    if (rijen.longValue() > 0) {
      return;
    }
    @SuppressWarnings("unchecked")
    List<Object[]> laatste =
        entityManager
            .createNativeQuery(
                "select r.type, r.sleutel, r.inhoud from {h-schema}revisie r"
                    + " where r.type in ('ONDERWERP', 'VOORSTEL') and r.volgnummer ="
                    + " (select max(l.volgnummer) from {h-schema}revisie l"
                    + " where l.type = r.type and l.sleutel = r.sleutel)"
                    + " and r.inhoud is not null")
            .getResultList();
    for (Object[] rij : laatste) {
      schrijf(
          ResourceType.valueOf((String) rij[0]), (String) rij[1], json.readTree((String) rij[2]));
    }
  }
}
