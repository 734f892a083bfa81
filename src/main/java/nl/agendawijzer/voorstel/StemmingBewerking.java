package nl.agendawijzer.voorstel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.agendawijzer.api.BodyValidation;
import nl.agendawijzer.api.Idempotency;
import nl.agendawijzer.api.Links;
import nl.agendawijzer.api.MergePatch;
import nl.agendawijzer.api.PreconditionProblem;
import nl.agendawijzer.raad.RaadService;
import nl.agendawijzer.raad.Zetelkalender;
import nl.agendawijzer.raad.ZetelsGewijzigd;
import nl.agendawijzer.versies.ResourceType;
import nl.agendawijzer.versies.Revisies;
import nl.agendawijzer.versies.Wijziging;

/**
 * Writes of stemmingen and their faction results. A stemming is part of its voorstel's
 * representation, so every change to one is also a new version of the voorstel. The vote check is
 * stored with the stemming and recomputed in the transaction of every write that can change it:
 * here, and when seats change ({@link #zetelsGewijzigd}). See docs/adr/0012.
 */
@ApplicationScoped
public class StemmingBewerking {

  @Inject StemmingRepository stemmingen;
  @Inject VoorstelRepository voorstellen;
  @Inject StemmingService lezen;
  @Inject RaadService raad;
  @Inject Revisies revisies;
  @Inject Idempotency idempotency;
  @Inject BodyValidation validation;
  @Inject EntityManager entityManager;
  @Inject ObjectMapper json;
  @Inject Links links;
  @Inject Clock clock;

  /** In a transaction of its own, which {@link Idempotency#once} begins. */
  public Response maak(StemmingInvoer invoer, String idempotencyKey) {
    return idempotency.once(
        idempotencyKey,
        revisies.auteur(),
        invoer,
        () -> {
          // Before anything is read: a seat change re-versions voorstellen and stemmingen.
          raad.houdZetelsVast();
          validation.check(invoer, regels(invoer));
          String basis = Stemming.idVoor(invoer.voorstel(), invoer.datum());
          String id = basis;
          for (int n = 2; stemmingen.findByIdOptional(id).isPresent(); n++) {
            id = basis + "-" + n;
          }
          Instant nu = clock.instant();
          Stemming stemming =
              Stemming.nieuw(
                  id,
                  invoer.voorstel(),
                  invoer.vergadering(),
                  invoer.datum(),
                  invoer.uitslag(),
                  invoer.uitslagTekst(),
                  invoer.voor(),
                  invoer.tegen(),
                  invoer.nietGestemd(),
                  nu);
          stemming.wijzigFracties(invoer.fractieUitslagen());
          stemming.firstVersion(revisies.eersteVersie(ResourceType.STEMMING, id), nu);
          stemmingen.persist(stemming);
          vastleggen(id, invoer.voorstel(), Wijziging.TOEGEVOEGD, nu);
          return new Idempotency.Created(
              URI.create(links.to("stemmingen", id).href()),
              lezen.weergave(id, links).orElseThrow());
        });
  }

  @Transactional
  public StemmingView vervang(String id, StemmingInvoer invoer, String ifMatch) {
    return vervang(huidig(id, ifMatch), invoer);
  }

  @Transactional
  public StemmingView wijzigDeels(String id, JsonNode patch, String ifMatch) {
    Stemming stemming = huidig(id, ifMatch);
    StemmingView huidig = lezen.weergave(id, links).orElseThrow();
    return vervang(stemming, MergePatch.asBody(json, huidig, patch, StemmingInvoer.class));
  }

  private StemmingView vervang(Stemming stemming, StemmingInvoer invoer) {
    String id = stemming.id();
    BodyValidation.Findings findings = regels(invoer);
    if (invoer != null && !Objects.equals(invoer.voorstel(), stemming.voorstel())) {
      findings.reject("voorstel", "een stemming verhuist niet naar een ander voorstel");
    }
    validation.check(invoer, findings);
    boolean anders =
        stemming.wijzig(
            invoer.vergadering(),
            invoer.datum(),
            invoer.uitslagOfUitTekst(),
            invoer.uitslagTekst(),
            invoer.voor(),
            invoer.tegen(),
            invoer.nietGestemd());
    anders |= stemming.wijzigFracties(invoer.fractieUitslagen());
    if (anders) {
      vastleggen(id, stemming.voorstel(), Wijziging.GEWIJZIGD, clock.instant());
    }
    return lezen.weergave(id, links).orElseThrow();
  }

  @Transactional
  public void verwijder(String id, String ifMatch) {
    Stemming stemming = huidig(id, ifMatch);
    Instant nu = clock.instant();
    entityManager.remove(stemming);
    entityManager.flush();
    revisies.verwijderd(ResourceType.STEMMING, id, revisies.auteur(), nu);
    wijzigVoorstel(stemming.voorstel(), nu);
  }

  /**
   * Seats changed: every stemming in the span gets its check recomputed, and a new version when its
   * check changed or it shows the changed seats (a result of that faction, or the council's seats).
   * Set-based: the term's stemmingen are read in one query and their versions, and those of their
   * voorstellen, recorded with one flush, so a term of 20,000 stemmingen takes seconds (see
   * bench/seat-change.sh); a flush per stemming made it quadratic.
   */
  void zetelsGewijzigd(@Observes ZetelsGewijzigd gewijzigd) {
    Zetelkalender kalender = raad.zetelkalenderVoorControle();
    Instant nu = clock.instant();
    List<String> geraakt = new ArrayList<>();
    Set<String> geraakteVoorstellen = new LinkedHashSet<>();
    for (Stemming s : stemmingen.tussen(gewijzigd.vanaf(), gewijzigd.tot())) {
      boolean controleAnders = ControleOpslag.vastleggen(s, kalender);
      boolean toontZetels =
          gewijzigd.fractie() == null
              || s.fracties().stream().anyMatch(f -> f.fractie().equals(gewijzigd.fractie()));
      if (controleAnders || toontZetels) {
        s.changed(nu);
        geraakt.add(s.id());
        geraakteVoorstellen.add(s.voorstel());
      }
    }
    // One new version per voorstel, however many of its stemmingen changed.
    voorstellen.metNummersZonderFlush(geraakteVoorstellen).forEach(v -> v.changed(nu));
    String auteur = revisies.auteur();
    revisies.legAlle(ResourceType.STEMMING, geraakt, Wijziging.GEWIJZIGD, auteur);
    revisies.legAlle(ResourceType.VOORSTEL, geraakteVoorstellen, Wijziging.GEWIJZIGD, auteur);
  }

  /**
   * The entry point for faction results from elsewhere: replaces the faction results of a stemming,
   * recomputes its check and records the new versions, in the caller's transaction. Faction ids
   * must exist; unknown ones are a 400 naming them.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void fractiesVastleggen(
      String stemmingId, List<StemmingInvoer.FractieInvoer> fracties, String auteur) {
    if (fractiesToepassen(stemmingId, fracties)) {
      Stemming stemming = stemmingen.findById(stemmingId);
      Instant nu = clock.instant();
      stemming.changed(nu);
      revisies.leg(ResourceType.STEMMING, stemmingId, Wijziging.GEWIJZIGD, auteur);
      voorstellen.findById(stemming.voorstel()).changed(nu);
      revisies.leg(ResourceType.VOORSTEL, stemming.voorstel(), Wijziging.GEWIJZIGD, auteur);
    }
  }

  /**
   * Replaces the faction results of a stemming and recomputes its check, recording no version: for
   * a caller that records the versions of everything it wrote at once (the importer, which must not
   * make a "changed" version of a stemming it is creating in the same transaction).
   *
   * @return whether the results differ from the stored ones
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean fractiesToepassen(String stemmingId, List<StemmingInvoer.FractieInvoer> fracties) {
    Stemming stemming =
        stemmingen
            .findByIdOptional(stemmingId)
            .orElseThrow(() -> revisies.ontbreekt(ResourceType.STEMMING, stemmingId));
    StemmingInvoer invoer =
        new StemmingInvoer(stemming.voorstel(), null, null, null, null, null, null, null, fracties);
    BodyValidation.Findings findings = new BodyValidation.Findings();
    fractieRegels(fracties, findings);
    validation.check(invoer, findings);
    if (!stemming.wijzigFracties(invoer.fractieUitslagen())) {
      return false;
    }
    ControleOpslag.vastleggen(stemming, raad.zetelkalenderVoorControle());
    return true;
  }

  /** The stemming's version, then its voorstel's, which embeds it. */
  private void vastleggen(String id, String voorstel, Wijziging soort, Instant nu) {
    stemmingen.findById(id).changed(nu);
    revisies.leg(ResourceType.STEMMING, id, soort, revisies.auteur());
    wijzigVoorstel(voorstel, nu);
  }

  private void wijzigVoorstel(String nummer, Instant nu) {
    voorstellen.findById(nummer).changed(nu);
    revisies.leg(ResourceType.VOORSTEL, nummer, Wijziging.GEWIJZIGD, revisies.auteur());
  }

  /** The stemming to change, read once seat changes are held off (see RaadService). */
  private Stemming huidig(String id, String ifMatch) {
    raad.houdZetelsVast();
    Stemming stemming =
        stemmingen
            .findByIdOptional(id)
            .orElseThrow(() -> revisies.ontbreekt(ResourceType.STEMMING, id));
    PreconditionProblem.requireCurrent(ifMatch, stemming.versie());
    return stemming;
  }

  /** The domain's rules: the voorstel and meeting exist, the votes fit in the council. */
  private BodyValidation.Findings regels(StemmingInvoer invoer) {
    BodyValidation.Findings findings = new BodyValidation.Findings();
    if (invoer == null) {
      return findings;
    }
    // Held in the order an import takes them, vergadering before voorstel (Revisies#houdVast).
    if (invoer.vergadering() != null
        && !revisies.houdVast(ResourceType.VERGADERING, invoer.vergadering())) {
      findings.reject("vergadering", "er is geen vergadering met dit id");
    }
    if (invoer.voorstel() != null && !revisies.houdVast(ResourceType.VOORSTEL, invoer.voorstel())) {
      findings.reject("voorstel", "er is geen voorstel met dit nummer");
    }
    if (invoer.voor() != null && invoer.tegen() != null) {
      raad.zetelkalenderVoorControle()
          .zetelsOp(invoer.datum())
          .filter(zetels -> invoer.voor() + invoer.tegen() > zetels)
          .ifPresent(
              zetels ->
                  findings.reject(
                      "voor",
                      "voor + tegen = %d is meer dan de %d zetels op die datum"
                          .formatted(invoer.voor() + invoer.tegen(), zetels)));
    }
    fractieRegels(invoer.fracties(), findings);
    return findings;
  }

  /** Each faction exists and appears once; its numbers are given both or not at all. */
  private void fractieRegels(
      List<StemmingInvoer.FractieInvoer> fracties, BodyValidation.Findings findings) {
    if (fracties == null) {
      return;
    }
    Set<String> bestaand = new HashSet<>();
    fracties.stream()
        .filter(f -> f != null && f.fractie() != null)
        .map(StemmingInvoer.FractieInvoer::fractie)
        .distinct()
        .sorted()
        .filter(id -> revisies.houdVast(ResourceType.FRACTIE, id))
        .forEach(bestaand::add);
    Set<String> gezien = new HashSet<>();
    for (int i = 0; i < fracties.size(); i++) {
      StemmingInvoer.FractieInvoer f = fracties.get(i);
      if (f == null || f.fractie() == null) {
        continue;
      }
      String veld = "fracties[%d]".formatted(i);
      if (!gezien.add(f.fractie())) {
        findings.reject(veld + ".fractie", "fractie " + f.fractie() + " staat er al eerder in");
      } else if (!bestaand.contains(f.fractie())) {
        findings.reject(veld + ".fractie", "er is geen fractie met id " + f.fractie());
      }
      if ((f.voor() == null) != (f.tegen() == null)) {
        findings.reject(veld, "geef voor en tegen samen, of geen van beide");
      }
      if (f.stemmen() != null) {
        Set<String> namen = new HashSet<>();
        for (int j = 0; j < f.stemmen().size(); j++) {
          StemmingInvoer.StemInvoer stem = f.stemmen().get(j);
          if (stem == null) {
            continue;
          }
          String stemVeld = veld + ".stemmen[%d]".formatted(j);
          if (stem.keuze() == Keuze.VERDEELD) {
            findings.reject(
                stemVeld + ".keuze",
                "één lid stemt VOOR, TEGEN of NIET_DEELGENOMEN, niet VERDEELD");
          }
          if (stem.naam() != null && !namen.add(stem.naam())) {
            findings.reject(stemVeld + ".naam", stem.naam() + " staat er al eerder in");
          }
        }
      }
    }
  }
}
