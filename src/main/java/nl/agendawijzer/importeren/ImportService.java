package nl.agendawijzer.importeren;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.agendawijzer.api.InvalidParametersProblem;
import nl.agendawijzer.api.Logtekst;
import nl.agendawijzer.api.PayloadTooLargeProblem;
import nl.agendawijzer.api.Problem.InvalidParam;
import nl.agendawijzer.api.QueryParameters;
import nl.agendawijzer.versies.Revisies;
import org.jboss.logging.Logger;

/**
 * The ways in of the importer, over HTTP and from the folder command: checks the input (size,
 * encoding, emptiness), imports each page in its own transaction and reports per page. A rejected
 * page leaves nothing behind and does not undo the other pages of a batch.
 */
@ApplicationScoped
public class ImportService {

  static final int MAX_BRON = 2000;

  private static final Logger LOG = Logger.getLogger(ImportService.class);

  @Inject PaginaImporteur importeur;
  @Inject Revisies revisies;
  @Inject MeterRegistry metingen;

  @Inject ImportConfig config;

  /** One page as text/plain: a page that is no topic page is a 400 naming line and reason. */
  public ImportRapport pagina(byte[] body, String contentType, QueryParameters params) {
    Optional<String> bron = params.text("bron");
    boolean proefrun = proefrun(params);
    bron.filter(b -> b.length() > MAX_BRON)
        .ifPresent(b -> params.reject("bron", "is langer dan " + MAX_BRON + " tekens"));
    params.validate();
    if (body == null || body.length == 0) {
      throw ongeldig("is leeg: stuur de platte tekst van één Agendawijzer-pagina");
    }
    if (body.length > config.maxPagina().asLongValue()) {
      throw new PayloadTooLargeProblem(
          "De pagina is "
              + body.length
              + " bytes; één pagina mag hoogstens "
              + config.maxPagina().asLongValue()
              + " bytes zijn.");
    }
    String tekst;
    try {
      tekst = tekst(body, charset(contentType));
    } catch (OngeldigePagina e) {
      throw ongeldig(e.getMessage());
    }
    PaginaRapport rapport = importeer(bron.orElse(null), tekst, proefrun, revisies.auteur());
    ImportRapport verslag = geteld(proefrun, List.of(rapport));
    if (rapport.status() == PaginaRapport.Status.GEWEIGERD) {
      throw ongeldig(rapport.reden());
    }
    return verslag;
  }

  /** A batch as JSON: every page gets its own report, rejected ones included. */
  public ImportRapport batch(ImportAanvraag aanvraag, QueryParameters params) {
    boolean proefrun = proefrun(params);
    params.validate();
    if (aanvraag == null || aanvraag.paginas() == null || aanvraag.paginas().isEmpty()) {
      throw new InvalidParametersProblem(
          List.of(new InvalidParam("paginas", "body", "ontbreekt of is leeg")));
    }
    List<InvalidParam> fouten = new ArrayList<>();
    for (int i = 0; i < aanvraag.paginas().size(); i++) {
      ImportAanvraag.Pagina p = aanvraag.paginas().get(i);
      if (p == null || p.tekst() == null) {
        fouten.add(new InvalidParam("paginas[" + i + "].tekst", "body", "ontbreekt"));
      } else if (p.bron() != null && p.bron().length() > MAX_BRON) {
        fouten.add(
            new InvalidParam("paginas[" + i + "].bron", "body", "is langer dan " + MAX_BRON));
      }
    }
    if (!fouten.isEmpty()) {
      throw new InvalidParametersProblem(fouten);
    }
    String auteur = revisies.auteur();
    List<PaginaRapport> rapporten = new ArrayList<>();
    for (ImportAanvraag.Pagina p : aanvraag.paginas()) {
      int bytes = p.tekst().getBytes(StandardCharsets.UTF_8).length;
      if (bytes > config.maxPagina().asLongValue()) {
        rapporten.add(
            PaginaRapport.geweigerd(
                p.bron(),
                0,
                "De pagina is "
                    + bytes
                    + " bytes; de grens is "
                    + config.maxPagina().asLongValue()
                    + "."));
      } else {
        rapporten.add(importeer(p.bron(), p.tekst(), proefrun, auteur));
      }
    }
    return geteld(proefrun, rapporten);
  }

  /**
   * The report of an import over HTTP, each page counted by its outcome for Prometheus ({@code
   * agendawijzer_import_paginas_total}, docs/adr/0026). The folder command is not counted: its
   * process ends before anything scrapes it, and it prints its own totals.
   */
  private ImportRapport geteld(boolean proefrun, List<PaginaRapport> rapporten) {
    for (PaginaRapport rapport : rapporten) {
      metingen
          .counter(
              "agendawijzer.import.paginas",
              "status",
              rapport.status().name(),
              "proefrun",
              Boolean.toString(proefrun))
          .increment();
    }
    return ImportRapport.of(proefrun, rapporten);
  }

  /** Imports one page; a page that cannot be read or stored becomes a GEWEIGERD report. */
  public PaginaRapport importeer(String bron, String tekst, boolean proefrun, String auteur) {
    try {
      return importeur.importeer(bron, tekst, auteur, proefrun);
    } catch (OngeldigePagina e) {
      return PaginaRapport.geweigerd(bron, e.regel(), e.getMessage());
    } catch (RuntimeException e) {
      // Nothing of the page was stored (its transaction rolled back); say so without internals.
      LOG.warnf(e, "Pagina %s niet opgeslagen", Logtekst.van(bron));
      return PaginaRapport.geweigerd(
          bron,
          0,
          "De pagina kon niet worden opgeslagen ("
              + e.getClass().getSimpleName()
              + "); er is niets van bewaard.");
    }
  }

  /**
   * The folder command's pages, {@code paginasPerTransactie} to a transaction: the commit and the
   * locks and lookups every page takes (seats, fracties) are paid once per group, which more than
   * doubles the pages per second (issue 11, part e). Each report is what importing the page alone
   * gives: a page that does not parse is rejected before its group is stored, and a group that
   * fails is rolled back whole and its pages imported one by one, so the page that fails leaves
   * nothing behind and keeps no other page out. A page is reported only once it is committed.
   */
  public List<PaginaRapport> importeerSamen(List<Bron> paginas, String auteur) {
    PaginaRapport[] rapporten = new PaginaRapport[paginas.size()];
    Map<Integer, PaginaImporteur.GelezenPagina> groep = new LinkedHashMap<>();
    for (int i = 0; i < paginas.size(); i++) {
      Bron p = paginas.get(i);
      try {
        groep.put(
            i, new PaginaImporteur.GelezenPagina(p.bron(), p.tekst(), importeur.lees(p.tekst())));
      } catch (OngeldigePagina e) {
        rapporten[i] = PaginaRapport.geweigerd(p.bron(), e.regel(), e.getMessage());
      }
      if (groep.size() == config.paginasPerTransactie() || i == paginas.size() - 1) {
        slaSamenOp(groep, rapporten, auteur);
        groep.clear();
      }
    }
    return List.of(rapporten);
  }

  /** A page of the folder command: where it came from and its text. */
  public record Bron(String bron, String tekst) {}

  private void slaSamenOp(
      Map<Integer, PaginaImporteur.GelezenPagina> groep, PaginaRapport[] rapporten, String auteur) {
    if (groep.isEmpty()) {
      return;
    }
    List<Integer> plaatsen = List.copyOf(groep.keySet());
    try {
      List<PaginaRapport> samen = importeur.importeerSamen(List.copyOf(groep.values()), auteur);
      for (int j = 0; j < plaatsen.size(); j++) {
        rapporten[plaatsen.get(j)] = samen.get(j);
      }
    } catch (RuntimeException e) {
      LOG.debugf(e, "Groep van %d pagina's teruggedraaid; nu pagina voor pagina", groep.size());
      groep.forEach((i, p) -> rapporten[i] = importeer(p.bron(), p.tekst(), false, auteur));
    }
  }

  public long maxPagina() {
    return config.maxPagina().asLongValue();
  }

  /**
   * Strict UTF-8, so a binary file is refused instead of stored as replacement characters; a
   * byte-order mark is dropped.
   */
  static String utf8(byte[] bytes) {
    return tekst(bytes, StandardCharsets.UTF_8);
  }

  /** The charset a client named in Content-Type; UTF-8 when it names none. */
  private static Charset charset(String contentType) {
    String naam = null;
    try {
      naam =
          contentType == null
              ? null
              : MediaType.valueOf(contentType).getParameters().get("charset");
    } catch (IllegalArgumentException e) {
      naam = null;
    }
    if (naam == null) {
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(naam);
    } catch (IllegalArgumentException e) {
      throw ongeldig("charset '" + naam + "' in Content-Type is onbekend; stuur UTF-8");
    }
  }

  static String tekst(byte[] bytes, Charset charset) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    var result = decoder.decode(in, out, true);
    if (result.isError()) {
      int positie = in.position();
      int regel = 1;
      for (int i = 0; i < positie; i++) {
        if (bytes[i] == '\n') {
          regel++;
        }
      }
      throw new OngeldigePagina(
          regel,
          "geen geldige "
              + charset.name()
              + "-tekst (byte "
              + positie
              + "): is dit een binair bestand?");
    }
    out.flip();
    String tekst = out.toString();
    return tekst.startsWith("\uFEFF") ? tekst.substring(1) : tekst;
  }

  private static boolean proefrun(QueryParameters params) {
    Optional<String> waarde = params.text("proefrun");
    if (waarde.isEmpty()) {
      return false;
    }
    return switch (waarde.get()) {
      case "true" -> true;
      case "false" -> false;
      default -> {
        params.reject("proefrun", "is geen true of false");
        yield false;
      }
    };
  }

  private static InvalidParametersProblem ongeldig(String reden) {
    return new InvalidParametersProblem(List.of(new InvalidParam("body", "body", reden)));
  }
}
