package nl.agendawijzer.importeren;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.agendawijzer.document.Document;
import nl.agendawijzer.document.DocumentRepository;
import nl.agendawijzer.importeren.GeparseerdePagina.Bericht;
import nl.agendawijzer.importeren.GeparseerdePagina.Besluit;
import nl.agendawijzer.onderwerp.Doel;
import nl.agendawijzer.onderwerp.Onderwerp;
import nl.agendawijzer.onderwerp.OnderwerpRepository;
import nl.agendawijzer.onderwerp.Sectie;
import nl.agendawijzer.onderwerp.TijdlijnBericht;
import nl.agendawijzer.vergadering.Vergadering;
import nl.agendawijzer.vergadering.VergaderingRepository;
import nl.agendawijzer.vergadering.VergaderingSoort;
import nl.agendawijzer.versies.ResourceType;
import nl.agendawijzer.versies.Revisies;
import nl.agendawijzer.versies.Wijziging;
import nl.agendawijzer.voorstel.Stemming;
import nl.agendawijzer.voorstel.StemmingRepository;
import nl.agendawijzer.voorstel.Voorstel;
import nl.agendawijzer.voorstel.VoorstelRepository;
import nl.agendawijzer.voorstel.VoorstelSoort;

/**
 * Stores one Agendawijzer page as an onderwerp with its doelen, documenten, vergaderingen,
 * voorstellen and stemmingen. One page is one transaction: a page that fails leaves nothing behind.
 * The reference data goes through here, and so will every later import.
 */
@ApplicationScoped
public class PaginaImporteur {

  private final AgendawijzerParser parser = new AgendawijzerParser();

  @Inject OnderwerpRepository onderwerpen;
  @Inject DocumentRepository documenten;
  @Inject VergaderingRepository vergaderingen;
  @Inject VoorstelRepository voorstellen;
  @Inject StemmingRepository stemmingen;
  @Inject EntityManager entityManager;
  @Inject Revisies revisies;
  @Inject Clock clock;

  /**
   * @param auteur who imports, recorded as the author of the first versions
   * @return the raadsnummer of the stored onderwerp
   * @throws OngeldigePagina when the page cannot be read, or its onderwerp exists already
   */
  @Transactional
  public String importeer(String tekst, String auteur) {
    GeparseerdePagina pagina = parser.parse(tekst);
    String nr = pagina.raadsnummer();
    if (onderwerpen.findByIdOptional(nr).isPresent()) {
      throw new OngeldigePagina(0, "Onderwerp " + nr + " bestaat al.");
    }
    Instant nu = clock.instant();
    onderwerpen.persist(
        Onderwerp.nieuw(
            nr,
            pagina.titel(),
            null,
            pagina.statusTekst(),
            pagina.geschrevenOp(),
            pagina.laatstBewerktOp(),
            pagina.inleiding(),
            pagina.afbeeldingAlt(),
            pagina.secties().stream().map(s -> new Sectie(s.kop(), s.tekst())).toList(),
            nu));
    for (int i = 0; i < pagina.doelen().size(); i++) {
      entityManager.persist(Doel.nieuw(nr, i + 1, pagina.doelen().get(i), nu));
    }
    for (int i = 0; i < pagina.documentUrls().size(); i++) {
      documenten.persist(Document.nieuw(nr, i + 1, pagina.documentUrls().get(i), null, nu));
    }
    Nieuw nieuw = new Nieuw();
    for (int i = 0; i < pagina.berichten().size(); i++) {
      bericht(nr, i + 1, pagina.berichten().get(i), nu, nieuw);
    }
    // First versions, parts before wholes: a voorstel's version embeds its stemmingen.
    nieuw.vergaderingen.forEach(
        id -> revisies.leg(ResourceType.VERGADERING, id, Wijziging.TOEGEVOEGD, auteur));
    nieuw.stemmingen.forEach(
        id -> revisies.leg(ResourceType.STEMMING, id, Wijziging.TOEGEVOEGD, auteur));
    nieuw.voorstellen.forEach(
        id -> revisies.leg(ResourceType.VOORSTEL, id, Wijziging.TOEGEVOEGD, auteur));
    // A voorstel known from an earlier page that got a stemming here has changed too.
    nieuw.stemmingen.stream()
        .map(id -> stemmingen.findById(id).voorstel())
        .distinct()
        .filter(nummer -> !nieuw.voorstellen.contains(nummer))
        .forEach(
            nummer -> {
              voorstellen.findById(nummer).changed(nu);
              revisies.leg(ResourceType.VOORSTEL, nummer, Wijziging.GEWIJZIGD, auteur);
            });
    revisies.leg(ResourceType.ONDERWERP, nr, Wijziging.TOEGEVOEGD, auteur);
    return nr;
  }

  /** What one page created, in order, for its first versions. */
  private static final class Nieuw {
    final Set<String> vergaderingen = new LinkedHashSet<>();
    final Set<String> voorstellen = new LinkedHashSet<>();
    final Set<String> stemmingen = new LinkedHashSet<>();
  }

  private void bericht(
      String raadsnummer, int volgnummer, Bericht bericht, Instant nu, Nieuw nieuw) {
    String vergadering = bericht.datum() == null ? null : vergadering(bericht, nu, nieuw);
    List<String> nummers = new ArrayList<>();
    for (Besluit besluit : bericht.besluiten()) {
      voorstel(raadsnummer, besluit, nu, nieuw);
      if (besluit.uitslagTekst() != null || besluit.voor() != null) {
        nieuw.stemmingen.add(stemming(besluit, bericht, vergadering, nu));
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

  /** Meetings are shared between onderwerpen: the first page that mentions one creates it. */
  private String vergadering(Bericht bericht, Instant nu, Nieuw nieuw) {
    VergaderingSoort soort = VergaderingSoort.vanTekst(bericht.tekst());
    String id = Vergadering.idVoor(bericht.datum(), soort);
    if (vergaderingen.findByIdOptional(id).isEmpty()) {
      vergaderingen.persist(Vergadering.nieuw(bericht.datum(), soort, bericht.tekst(), nu));
      nieuw.vergaderingen.add(id);
    }
    return id;
  }

  private void voorstel(String raadsnummer, Besluit besluit, Instant nu, Nieuw nieuw) {
    if (voorstellen.findByIdOptional(besluit.nummer()).isPresent()) {
      return;
    }
    nieuw.voorstellen.add(besluit.nummer());
    voorstellen.persist(
        Voorstel.nieuw(
            besluit.nummer(),
            soort(raadsnummer, besluit),
            besluit.typeWoord(),
            besluit.titel(),
            raadsnummer,
            nu));
  }

  /**
   * The page names the kind only in a type word; without one, the voorstel that carries the
   * onderwerp's own number is its raadsvoorstel, and anything else (23161.001: motie or
   * amendement?) stays ONBEKEND rather than guessed.
   */
  private static VoorstelSoort soort(String raadsnummer, Besluit besluit) {
    if (besluit.typeWoord() != null) {
      return VoorstelSoort.vanTypeWoord(besluit.typeWoord());
    }
    return besluit.nummer().equals(raadsnummer)
        ? VoorstelSoort.RAADSVOORSTEL
        : VoorstelSoort.ONBEKEND;
  }

  private String stemming(Besluit besluit, Bericht bericht, String vergadering, Instant nu) {
    String basis = Stemming.idVoor(besluit.nummer(), bericht.datum());
    String id = basis;
    // The same voorstel voted on twice on one date (a re-vote after a tie): number the second.
    for (int n = 2; stemmingen.findByIdOptional(id).isPresent(); n++) {
      id = basis + "-" + n;
    }
    stemmingen.persist(
        Stemming.nieuw(
            id,
            besluit.nummer(),
            vergadering,
            bericht.datum(),
            null,
            besluit.uitslagTekst(),
            besluit.voor(),
            besluit.tegen(),
            null,
            nu));
    return id;
  }
}
