package nl.agendawijzer.raad;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.agendawijzer.api.CollectionBody;
import nl.agendawijzer.api.Links;
import nl.agendawijzer.api.QueryParameters;
import nl.agendawijzer.api.paging.Filter;
import nl.agendawijzer.api.paging.KeysetQuery;
import nl.agendawijzer.api.paging.PageRequest;
import nl.agendawijzer.versies.ResourceType;
import nl.agendawijzer.versies.Revisies;
import nl.agendawijzer.versies.Weergave;

@ApplicationScoped
public class FractieService implements Weergave {

  @Inject FractieRepository fracties;
  @Inject Revisies revisies;
  @Inject Links links;

  @Transactional
  public CollectionBody lijst(QueryParameters params) {
    PageRequest<Fractie> page = PageRequest.read(params, FractieRepository.SORT);
    var gewijzigdSinds = params.instant("gewijzigdSinds");
    var zetelsOp = params.date("zetelsOp");
    params.validate();
    var vervolg = revisies.vervolg(params);
    Filter filter =
        new Filter()
            .with(Revisies.gewijzigdSinds(ResourceType.FRACTIE, "f.id"), "sinds", gewijzigdSinds)
            .with(
                "exists (select 1 from Fractie g join g.zetels z where g = f and z.zetels > 0"
                    + " and z.geldigVanaf <= :op and (z.geldigTot is null or z.geldigTot >= :op))",
                "op",
                zetelsOp);
    var result = KeysetQuery.page(fracties, "from Fractie f", filter, page);
    return CollectionBody.of(
            links,
            "fracties",
            result.map(rows -> rows.stream().map(f -> FractieView.of(f, links)).toList()))
        .metVervolg(vervolg);
  }

  /** The faction now or, with a peilmoment, the version that was current then. */
  public Object fractie(String id, Optional<Instant> peilmoment) {
    return revisies.huidigOfOp(ResourceType.FRACTIE, id, peilmoment);
  }

  /**
   * The faction each printed name stands for (an importer reading "Groen Links" or "GL"): a name is
   * compared with each faction's id, naam and afkorting, ignoring case, spaces and hyphens. An id
   * match wins; otherwise exactly one faction must match, because guessing between two would file a
   * vote under the wrong faction. The factions are read once for all the names (a page names the
   * same factions in each of its votes).
   *
   * @return per name given, the faction's id, or empty when none or more than one matches
   */
  @Transactional
  public Map<String, Optional<String>> zoekOpNamen(Collection<String> namen) {
    List<Fractie> alle = namen.isEmpty() ? List.of() : fracties.listAll();
    Map<String, Optional<String>> gevonden = new HashMap<>();
    for (String naam : namen) {
      gevonden.computeIfAbsent(naam, n -> zoekOpNaam(n, alle));
    }
    return gevonden;
  }

  private static Optional<String> zoekOpNaam(String naam, List<Fractie> alle) {
    String gezocht = vergelijkbaar(naam);
    if (gezocht.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> opId =
        alle.stream().map(Fractie::id).filter(id -> vergelijkbaar(id).equals(gezocht)).findFirst();
    if (opId.isPresent()) {
      return opId;
    }
    List<String> opNaam =
        alle.stream()
            .filter(
                f ->
                    vergelijkbaar(f.naam()).equals(gezocht)
                        || vergelijkbaar(f.afkorting()).equals(gezocht))
            .map(Fractie::id)
            .toList();
    return opNaam.size() == 1 ? Optional.of(opNaam.get(0)) : Optional.empty();
  }

  private static String vergelijkbaar(String tekst) {
    return tekst == null ? "" : tekst.replaceAll("[\\s\\-‐–]", "").toLowerCase(Locale.ROOT);
  }

  @Override
  public ResourceType type() {
    return ResourceType.FRACTIE;
  }

  @Override
  @Transactional
  public Optional<FractieView> weergave(String id, Links links) {
    return fracties.findByIdOptional(id).map(f -> FractieView.of(f, links));
  }

  @Override
  @Transactional
  public boolean bestaat(String id) {
    return fracties.findByIdOptional(id).isPresent();
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean houdVast(String id) {
    return fracties.findByIdOptional(id, LockModeType.PESSIMISTIC_READ).isPresent();
  }

  @Override
  @Transactional
  public List<String> ids() {
    return fracties.ids();
  }
}
