package nl.agendawijzer.importeren;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.agendawijzer.api.Links;
import nl.agendawijzer.document.Document;
import nl.agendawijzer.document.DocumentRepository;
import nl.agendawijzer.importeren.GeparseerdePagina.Bericht;
import nl.agendawijzer.importeren.GeparseerdePagina.Besluit;
import nl.agendawijzer.importeren.GeparseerdePagina.FractieStem;
import nl.agendawijzer.importeren.PaginaRapport.Resource;
import nl.agendawijzer.importeren.PaginaRapport.Status;
import nl.agendawijzer.onderwerp.Doel;
import nl.agendawijzer.onderwerp.Onderwerp;
import nl.agendawijzer.onderwerp.OnderwerpNummer;
import nl.agendawijzer.onderwerp.OnderwerpRepository;
import nl.agendawijzer.onderwerp.OnderwerpService;
import nl.agendawijzer.onderwerp.Sectie;
import nl.agendawijzer.onderwerp.TijdlijnBericht;
import nl.agendawijzer.raad.FractieService;
import nl.agendawijzer.raad.RaadService;
import nl.agendawijzer.vergadering.Vergadering;
import nl.agendawijzer.vergadering.VergaderingRepository;
import nl.agendawijzer.vergadering.VergaderingSoort;
import nl.agendawijzer.versies.Herkomst;
import nl.agendawijzer.versies.HerkomstView;
import nl.agendawijzer.versies.HerkomstView.WaarschuwingView;
import nl.agendawijzer.versies.ResourceType;
import nl.agendawijzer.versies.Revisies;
import nl.agendawijzer.versies.Wijziging;
import nl.agendawijzer.voorstel.FractieUitslag;
import nl.agendawijzer.voorstel.Keuze;
import nl.agendawijzer.voorstel.Stemming;
import nl.agendawijzer.voorstel.StemmingBewerking;
import nl.agendawijzer.voorstel.StemmingInvoer.FractieInvoer;
import nl.agendawijzer.voorstel.StemmingInvoer.StemInvoer;
import nl.agendawijzer.voorstel.StemmingRepository;
import nl.agendawijzer.voorstel.Uitslag;
import nl.agendawijzer.voorstel.Voorstel;
import nl.agendawijzer.voorstel.VoorstelRepository;
import nl.agendawijzer.voorstel.VoorstelService;
import nl.agendawijzer.voorstel.VoorstelSoort;

/**
 * Stores one Agendawijzer page as an onderwerp with its doelen, documenten, vergaderingen,
 * voorstellen and stemmingen, creating or updating (upsert on the raadsnummer). One page is one
 * transaction: a page that fails leaves nothing behind. Importing is idempotent (ADR 0009): a page
 * whose text was imported before changes nothing, and a changed page makes new versions only of the
 * resources whose served representation changed.
 */
@ApplicationScoped
public class PaginaImporteur {

  @Inject ImportConfig config;

  @Inject OnderwerpRepository onderwerpen;
  @Inject OnderwerpService onderwerpService;
  @Inject DocumentRepository documenten;
  @Inject VergaderingRepository vergaderingen;
  @Inject VoorstelRepository voorstellen;
  @Inject VoorstelService voorstelService;
  @Inject StemmingRepository stemmingen;
  @Inject StemmingBewerking stemmingBewerking;
  @Inject FractieService fractieService;
  @Inject RaadService raad;
  @Inject EntityManager entityManager;
  @Inject Revisies revisies;
  @Inject Clock clock;
  @Inject ObjectMapper json;
  @Inject TransactionManager transacties;

  /**
   * Imports one page in a transaction of its own.
   *
   * @param bron the page's source name or URL as given, shown in herkomst
   * @param auteur who imports, recorded as the author of the versions made
   * @param proefrun when true, everything is done and then rolled back: the report says what would
   *     happen and nothing is stored
   * @throws OngeldigePagina when the text is no topic page
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public PaginaRapport importeer(String bron, String tekst, String auteur, boolean proefrun) {
    GeparseerdePagina pagina = lees(tekst);
    PaginaRapport rapport = sla(bron, tekst, pagina, auteur);
    if (proefrun) {
      try {
        transacties.setRollbackOnly();
      } catch (SystemException e) {
        throw new IllegalStateException(e);
      }
      return rapport.metPagina(pagina);
    }
    return rapport;
  }

  /** A page read by the parser, without storing anything. @throws OngeldigePagina */
  public GeparseerdePagina lees(String tekst) {
    return new AgendawijzerParser(config.maxRegel()).parse(tekst);
  }

  /** A page that parsed ({@link #lees}), with where it came from. */
  public record GelezenPagina(String bron, String tekst, GeparseerdePagina pagina) {}

  /**
   * Several pages that parsed, stored one after another in one transaction, each as {@link
   * #importeer} stores it: all of them or, when any fails, none (the caller then imports them one
   * by one, see {@link ImportService#importeerSamen}).
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<PaginaRapport> importeerSamen(List<GelezenPagina> paginas, String auteur) {
    List<PaginaRapport> rapporten = new ArrayList<>();
    for (GelezenPagina p : paginas) {
      rapporten.add(sla(p.bron(), p.tekst(), p.pagina(), auteur));
      // The next page reads what it needs again. Kept, the entities of every page before it would
      // be dirty-checked by each of its flushes, a cost growing with the square of the group.
      entityManager.flush();
      entityManager.clear();
    }
    return rapporten;
  }

  private PaginaRapport sla(String bron, String tekst, GeparseerdePagina pagina, String auteur) {
    // The seats first, before the page's factions are read: a seat change that committed after
    // they were read would make the lock on them below fail on their version (and every faction
    // write takes the seats exclusively, so none can commit once they are held).
    raad.houdZetelsVast();
    String hash = Raadsnummers.sha256(tekst);
    Optional<Onderwerp> bestaand = onderwerpen.findByIdOptional(pagina.raadsnummer());
    if (bestaand.isEmpty()) {
      // The topic in another spelling or scheme the page also prints (RV88/2021 for RV-88/2021).
      bestaand =
          onderwerpen.metCanoniekNummer(
              pagina.nummers().stream()
                  .filter(n -> n.schema() != Raadsnummers.Schema.OVERIG)
                  .map(Raadsnummers.Nummer::canoniek)
                  .toList());
    }
    String nr = bestaand.map(Onderwerp::raadsnummer).orElse(pagina.raadsnummer());
    List<WaarschuwingView> waarschuwingen =
        new ArrayList<>(
            pagina.waarschuwingen().stream()
                .map(w -> new WaarschuwingView(w.code().name(), w.regel(), w.tekst()))
                .toList());
    List<OnderwerpNummer> nummers = nummers(pagina, nr, bestaand, waarschuwingen);
    Map<String, Optional<String>> fracties = fracties(pagina, waarschuwingen);
    if (bestaand.isPresent()
        && bestaand.get().herkomst() != null
        && hash.equals(bestaand.get().herkomst().inhoudHash())
        && HerkomstView.alsJson(waarschuwingen)
            .equals(bestaand.get().herkomst().waarschuwingenJson())) {
      // The very same text again, read the same way: nothing to do, not even herkomst's import
      // time. The same text with a faction that has been entered since is imported again.
      return rapport(bron, Status.ONGEWIJZIGD, nr, new Gedaan(), waarschuwingen);
    }
    Instant nu = clock.instant();
    Herkomst herkomst =
        new Herkomst(
            bron, nu, AgendawijzerParser.VERSIE, hash, HerkomstView.alsJson(waarschuwingen));
    Gedaan gedaan = new Gedaan();
    // Taken before anything the page changes is read, in the order every writer takes them: the
    // seats (held above; the page's votes are checked against them), then the meetings it refers
    // to, which a concurrent delete must not remove before this page commits (Revisies#houdVast).
    vergaderingen.houdVast(
        pagina.berichten().stream()
            .filter(b -> b.datum() != null)
            .map(b -> Vergadering.idVoor(b.datum(), VergaderingSoort.vanTekst(b.tekst())))
            .distinct()
            .toList());
    JsonNode onderwerpErvoor = bestaand.isPresent() ? onderwerpJson(nr) : null;
    Map<String, JsonNode> ervoor = new HashMap<>();
    for (Bericht bericht : pagina.berichten()) {
      for (Besluit besluit : bericht.besluiten()) {
        if (!ervoor.containsKey(besluit.nummer())
            && voorstellen.findByIdOptional(besluit.nummer()).isPresent()) {
          ervoor.put(besluit.nummer(), voorstelJson(besluit.nummer()));
        }
      }
    }

    Onderwerp onderwerp = onderwerp(pagina, nummers, bestaand, herkomst, nu, gedaan);
    doelenEnDocumenten(nr, pagina, nu);
    onderwerpen.tijdlijn(nr).forEach(entityManager::remove);
    entityManager.flush();
    Set<String> stemmingIds = new HashSet<>();
    for (int i = 0; i < pagina.berichten().size(); i++) {
      bericht(nr, i + 1, pagina.berichten().get(i), herkomst, nu, gedaan, stemmingIds, fracties);
    }
    entityManager.flush();

    // Compare what is served now with what was served before; only a difference is a version.
    for (String nummer : gedaan.voorstellenOpPagina) {
      JsonNode voor = ervoor.get(nummer);
      if (voor != null && !voor.equals(voorstelJson(nummer))) {
        markeer(voorstellen.findById(nummer), herkomst, nu);
        gedaan.bijgewerkt.add(new Resource(ResourceType.VOORSTEL, nummer));
      }
    }
    if (onderwerpErvoor != null && !onderwerpErvoor.equals(onderwerpJson(nr))) {
      markeer(onderwerp, herkomst, nu);
      gedaan.bijgewerkt.add(new Resource(ResourceType.ONDERWERP, nr));
    }
    // Versions, parts before wholes: a voorstel's version embeds its stemmingen. All of a type at
    // once: one flush and one read of their representations, not one per resource, which was most
    // of an import's time (issue 11, part e).
    for (ResourceType type :
        List.of(
            ResourceType.VERGADERING,
            ResourceType.STEMMING,
            ResourceType.VOORSTEL,
            ResourceType.ONDERWERP)) {
      revisies.legAlle(type, ids(gedaan.aangemaakt, type), Wijziging.TOEGEVOEGD, auteur);
      revisies.legAlle(type, ids(gedaan.bijgewerkt, type), Wijziging.GEWIJZIGD, auteur);
    }
    Status status =
        bestaand.isEmpty()
            ? Status.AANGEMAAKT
            : gedaan.aangemaakt.isEmpty() && gedaan.bijgewerkt.isEmpty()
                ? Status.ONGEWIJZIGD
                : Status.BIJGEWERKT;
    return rapport(bron, status, nr, gedaan, waarschuwingen);
  }

  private static List<String> ids(Set<Resource> resources, ResourceType type) {
    return resources.stream().filter(r -> r.type() == type).map(Resource::id).toList();
  }

  /**
   * Records this import as the change of a resource, once: an enhanced entity counts every
   * assignment as a change, so assigning the same values again would raise the version twice.
   */
  private static void markeer(Onderwerp o, Herkomst herkomst, Instant nu) {
    if (o.herkomst() != herkomst) {
      o.changed(nu);
      o.herkomst(herkomst);
    }
  }

  private static void markeer(Voorstel v, Herkomst herkomst, Instant nu) {
    if (v.herkomst() != herkomst) {
      v.changed(nu);
      v.herkomst(herkomst);
    }
  }

  private static PaginaRapport rapport(
      String bron, Status status, String nr, Gedaan gedaan, List<WaarschuwingView> w) {
    return new PaginaRapport(
        bron,
        status,
        nr,
        List.copyOf(gedaan.aangemaakt),
        List.copyOf(gedaan.bijgewerkt),
        w,
        null,
        null,
        null);
  }

  /** What one page created or changed, in order. */
  private static final class Gedaan {
    final Set<Resource> aangemaakt = new LinkedHashSet<>();
    final Set<Resource> bijgewerkt = new LinkedHashSet<>();
    final Set<String> voorstellenOpPagina = new LinkedHashSet<>();
  }

  /**
   * The page's numbers to keep with topic {@code nr}: each canonical number once, none in an
   * unknown scheme (not matched on; the parser warned NUMMER_ONBEKEND_SCHEMA), and none that is
   * another topic's key or printed number: that one is flagged, not moved (ADR 0009). A number the
   * topic already has keeps its spelling ({@code rv77/2021} stays {@code RV-77/2021}), as the key
   * does: another spelling is no change.
   */
  private List<OnderwerpNummer> nummers(
      GeparseerdePagina pagina,
      String nr,
      Optional<Onderwerp> bestaand,
      List<WaarschuwingView> waarschuwingen) {
    Map<String, OnderwerpNummer> bekend = new HashMap<>();
    Raadsnummers.Nummer sleutel = Raadsnummers.lees(nr);
    bekend.put(
        sleutel.canoniek(), new OnderwerpNummer(nr, sleutel.canoniek(), sleutel.schema().name()));
    bestaand.ifPresent(o -> o.nummers().forEach(n -> bekend.put(n.canoniek(), n)));
    Map<String, OnderwerpNummer> nummers = new LinkedHashMap<>();
    for (Raadsnummers.Nummer n : pagina.nummers()) {
      if (n.schema() == Raadsnummers.Schema.OVERIG || nummers.containsKey(n.canoniek())) {
        continue;
      }
      List<String> houders = onderwerpen.houders(n.canoniek());
      if (!houders.isEmpty() && !houders.contains(nr)) {
        waarschuwingen.add(
            new WaarschuwingView(
                Waarschuwing.Code.NUMMER_TEGENSTRIJDIG.name(),
                0,
                "Nummer "
                    + n.ruw()
                    + " hoort al bij onderwerp "
                    + houders.get(0)
                    + "; niet bij "
                    + nr
                    + " bewaard."));
        continue;
      }
      nummers.put(
          n.canoniek(),
          bekend.getOrDefault(
              n.canoniek(),
              new OnderwerpNummer(Raadsnummers.sleutel(n.ruw()), n.canoniek(), n.schema().name())));
    }
    return List.copyOf(nummers.values());
  }

  private Onderwerp onderwerp(
      GeparseerdePagina p,
      List<OnderwerpNummer> nummers,
      Optional<Onderwerp> bestaand,
      Herkomst herkomst,
      Instant nu,
      Gedaan gedaan) {
    List<Sectie> secties = p.secties().stream().map(s -> new Sectie(s.kop(), s.tekst())).toList();
    if (bestaand.isPresent()) {
      Onderwerp o = bestaand.get();
      boolean anders =
          o.wijzig(
              p.titel(),
              null,
              p.statusTekst(),
              p.geschrevenOp(),
              p.laatstBewerktOp(),
              p.inleiding(),
              p.afbeeldingAlt(),
              secties);
      anders |= o.nummers(nummers);
      if (anders) {
        // Now, before any flush: one change must raise the version once, not per flush.
        o.changed(nu);
        o.herkomst(herkomst);
      }
      return o;
    }
    Onderwerp o =
        Onderwerp.nieuw(
            p.raadsnummer(),
            p.titel(),
            null,
            p.statusTekst(),
            p.geschrevenOp(),
            p.laatstBewerktOp(),
            p.inleiding(),
            p.afbeeldingAlt(),
            secties,
            nu);
    o.nummers(nummers);
    o.herkomst(herkomst);
    onderwerpen.persist(o);
    gedaan.aangemaakt.add(new Resource(ResourceType.ONDERWERP, p.raadsnummer()));
    return o;
  }

  /** Doelen and documenten follow the page by position, as an editor's PUT does. */
  private void doelenEnDocumenten(String nr, GeparseerdePagina p, Instant nu) {
    List<Doel> doelen = onderwerpen.doelen(nr);
    for (int i = 0; i < Math.max(doelen.size(), p.doelen().size()); i++) {
      if (i >= p.doelen().size()) {
        entityManager.remove(doelen.get(i));
      } else if (i >= doelen.size()) {
        entityManager.persist(Doel.nieuw(nr, i + 1, p.doelen().get(i), nu));
      } else {
        doelen.get(i).wijzig(p.doelen().get(i), nu);
      }
    }
    List<Document> docs = documenten.vanOnderwerp(nr);
    for (int i = 0; i < Math.max(docs.size(), p.documentUrls().size()); i++) {
      if (i >= p.documentUrls().size()) {
        entityManager.remove(docs.get(i));
      } else if (i >= docs.size()) {
        documenten.persist(Document.nieuw(nr, i + 1, p.documentUrls().get(i), null, nu));
      } else {
        docs.get(i).wijzig(p.documentUrls().get(i), docs.get(i).titel(), nu);
      }
    }
  }

  private void bericht(
      String raadsnummer,
      int volgnummer,
      Bericht bericht,
      Herkomst herkomst,
      Instant nu,
      Gedaan gedaan,
      Set<String> stemmingIds,
      Map<String, Optional<String>> fracties) {
    String vergadering =
        bericht.datum() == null ? null : vergadering(bericht, herkomst, nu, gedaan);
    List<String> nummers = new ArrayList<>();
    for (Besluit besluit : bericht.besluiten()) {
      voorstel(raadsnummer, besluit, herkomst, nu, gedaan);
      if (besluit.uitslag() != null || besluit.voor() != null) {
        stemming(besluit, bericht, vergadering, herkomst, nu, gedaan, stemmingIds, fracties);
      }
      nummers.add(besluit.nummer());
    }
    entityManager.persist(
        TijdlijnBericht.nieuw(
            raadsnummer,
            volgnummer,
            bericht.datum(),
            bericht.datumTekst(),
            bericht.tekst(),
            vergadering,
            nummers));
  }

  /**
   * Meetings are shared between onderwerpen: the first page that mentions one creates it, and its
   * herkomst stays that page's, as later pages change nothing in it.
   */
  private String vergadering(Bericht bericht, Herkomst herkomst, Instant nu, Gedaan gedaan) {
    VergaderingSoort soort = VergaderingSoort.vanTekst(bericht.tekst());
    String id = Vergadering.idVoor(bericht.datum(), soort);
    if (vergaderingen.findByIdOptional(id).isEmpty()) {
      Vergadering v = Vergadering.nieuw(bericht.datum(), soort, bericht.tekst(), nu);
      v.herkomst(herkomst);
      vergaderingen.persist(v);
      gedaan.aangemaakt.add(new Resource(ResourceType.VERGADERING, id));
    }
    return id;
  }

  /**
   * A voorstel is created under this page's onderwerp; one that exists under this onderwerp follows
   * the page, one that belongs to another onderwerp is left as it is (the page only mentions it).
   */
  private void voorstel(
      String raadsnummer, Besluit besluit, Herkomst herkomst, Instant nu, Gedaan gedaan) {
    gedaan.voorstellenOpPagina.add(besluit.nummer());
    Optional<Voorstel> bestaand = voorstellen.findByIdOptional(besluit.nummer());
    if (bestaand.isPresent()) {
      Voorstel v = bestaand.get();
      if (raadsnummer.equals(v.onderwerp())
          && v.wijzig(
              soort(raadsnummer, besluit), besluit.typeWoord(), besluit.titel(), raadsnummer)) {
        v.changed(nu);
        v.herkomst(herkomst);
      }
      return;
    }
    Voorstel v =
        Voorstel.nieuw(
            besluit.nummer(),
            soort(raadsnummer, besluit),
            besluit.typeWoord(),
            besluit.titel(),
            raadsnummer,
            nu);
    v.herkomst(herkomst);
    voorstellen.persist(v);
    gedaan.aangemaakt.add(new Resource(ResourceType.VOORSTEL, besluit.nummer()));
  }

  /**
   * The page names the kind in a type word or a result sentence; without either, the voorstel that
   * carries the onderwerp's own number is its raadsvoorstel, and anything else (23161.001: motie or
   * amendement?) stays ONBEKEND rather than guessed.
   */
  private static VoorstelSoort soort(String raadsnummer, Besluit besluit) {
    if (besluit.soort() != null) {
      return besluit.soort();
    }
    return besluit.nummer().equals(raadsnummer)
        ? VoorstelSoort.RAADSVOORSTEL
        : VoorstelSoort.ONBEKEND;
  }

  /**
   * A vote is keyed on voorstel and date, so the topic page and the meeting summary that both print
   * it update one stemming; the same voorstel twice on one date (a re-vote after a tie) gets "-2".
   */
  private void stemming(
      Besluit besluit,
      Bericht bericht,
      String vergadering,
      Herkomst herkomst,
      Instant nu,
      Gedaan gedaan,
      Set<String> stemmingIds,
      Map<String, Optional<String>> fracties) {
    String basis = Stemming.idVoor(besluit.nummer(), bericht.datum());
    String id = basis;
    for (int n = 2; stemmingIds.contains(id); n++) {
      id = basis + "-" + n;
    }
    stemmingIds.add(id);
    Uitslag uitslag = besluit.uitslag() == null ? Uitslag.ONBEKEND : besluit.uitslag();
    Optional<Stemming> bestaand = stemmingen.findByIdOptional(id);
    if (bestaand.isPresent()) {
      Stemming s = bestaand.get();
      boolean anders =
          s.wijzig(
              vergadering,
              bericht.datum(),
              uitslag,
              besluit.uitslagTekst(),
              besluit.voor(),
              besluit.tegen(),
              // Pages never print who did not vote: keep what an editor entered.
              s.nietGestemd());
      anders |= fractieUitslagen(s, besluit, fracties);
      if (anders) {
        s.changed(nu);
        s.herkomst(herkomst);
        gedaan.bijgewerkt.add(new Resource(ResourceType.STEMMING, id));
      }
      return;
    }
    Stemming s =
        Stemming.nieuw(
            id,
            besluit.nummer(),
            vergadering,
            bericht.datum(),
            uitslag,
            besluit.uitslagTekst(),
            besluit.voor(),
            besluit.tegen(),
            null,
            nu);
    s.herkomst(herkomst);
    stemmingen.persist(s);
    fractieUitslagen(s, besluit, fracties);
    gedaan.aangemaakt.add(new Resource(ResourceType.STEMMING, id));
  }

  /**
   * The faction every name on the page's faction lines stands for, looked up once per name; a name
   * that matches no fractie (or several) is a FRACTIE_ONBEKEND warning and is left out, never
   * created as a new faction: factions are the editor's (ADR 0010).
   */
  private Map<String, Optional<String>> fracties(
      GeparseerdePagina pagina, List<WaarschuwingView> waarschuwingen) {
    Map<String, Optional<String>> gevonden =
        fractieService.zoekOpNamen(
            pagina.berichten().stream()
                .flatMap(b -> b.besluiten().stream())
                .flatMap(b -> b.fracties().stream())
                .map(FractieStem::fractie)
                .collect(Collectors.toCollection(LinkedHashSet::new)));
    for (Bericht bericht : pagina.berichten()) {
      for (Besluit besluit : bericht.besluiten()) {
        for (FractieStem stem : besluit.fracties()) {
          if (gevonden.get(stem.fractie()).isEmpty()) {
            waarschuwingen.add(
                new WaarschuwingView(
                    Waarschuwing.Code.FRACTIE_ONBEKEND.name(),
                    stem.regel(),
                    "Geen (eenduidige) fractie '%s' bij %s: deze fractie is niet opgeslagen."
                        .formatted(stem.fractie(), besluit.nummer())));
          }
        }
      }
    }
    return gevonden;
  }

  /**
   * The faction line of an item as the stemming's faction results; true when they changed. The line
   * names sides only, with a count per side, so a faction's own numbers stay null and the check
   * derives them from its keuze and seats. A faction named on both sides is VERDEELD. What the line
   * does not say is kept: a faction it does not name, and an editor's numbers or members' votes of
   * a faction whose keuze the line repeats.
   */
  private boolean fractieUitslagen(
      Stemming s, Besluit besluit, Map<String, Optional<String>> fracties) {
    Map<String, Keuze> opPagina = new LinkedHashMap<>();
    for (FractieStem stem : besluit.fracties()) {
      Optional<String> id = fracties.getOrDefault(stem.fractie(), Optional.empty());
      if (id.isPresent()) {
        Keuze keuze = stem.stem() == GeparseerdePagina.Stem.VOOR ? Keuze.VOOR : Keuze.TEGEN;
        opPagina.merge(id.get(), keuze, (a, b) -> a == b ? a : Keuze.VERDEELD);
      }
    }
    if (opPagina.isEmpty()) {
      return false;
    }
    Map<String, FractieInvoer> uitslagen = new LinkedHashMap<>();
    for (FractieUitslag f : s.fracties()) {
      uitslagen.put(f.fractie(), invoer(f));
    }
    opPagina.forEach(
        (id, keuze) -> {
          FractieInvoer opgeslagen = uitslagen.get(id);
          if (opgeslagen == null || opgeslagen.keuze() != keuze) {
            uitslagen.put(id, new FractieInvoer(id, keuze, null, null));
          }
        });
    return stemmingBewerking.fractiesToepassen(s.id(), List.copyOf(uitslagen.values()));
  }

  private static FractieInvoer invoer(FractieUitslag f) {
    return new FractieInvoer(
        f.fractie(),
        f.keuze(),
        f.voor(),
        f.tegen(),
        f.stemmen() == null
            ? null
            : f.stemmen().stream().map(m -> new StemInvoer(m.naam(), m.keuze())).toList());
  }

  private JsonNode onderwerpJson(String nr) {
    return inhoud(onderwerpService.weergave(nr, Links.stored()).orElseThrow());
  }

  private JsonNode voorstelJson(String nummer) {
    return inhoud(voorstelService.weergave(nummer, Links.stored()).orElseThrow());
  }

  /** The served representation without what every version changes by itself. */
  private JsonNode inhoud(Object view) {
    JsonNode node = json.valueToTree(view);
    zonderVersie(node);
    return node;
  }

  private static void zonderVersie(JsonNode node) {
    if (node instanceof ObjectNode object) {
      object.remove(List.of("versie", "gewijzigdOp", "herkomst"));
      for (Iterator<JsonNode> it = object.elements(); it.hasNext(); ) {
        zonderVersie(it.next());
      }
    } else if (node.isArray()) {
      node.forEach(PaginaImporteur::zonderVersie);
    }
  }
}
