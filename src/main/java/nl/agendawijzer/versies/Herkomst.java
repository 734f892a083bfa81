package nl.agendawijzer.versies;

import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;

/**
 * Where an imported resource came from: the page's source, when it was imported, by which parser
 * version, the page's content hash and the parser's warnings (as JSON, see {@link HerkomstView}).
 * Stored in the resource's own row, so showing it costs no query. It describes the import that last
 * changed the resource: an import that changes nothing leaves it alone (ADR 0009).
 */
@Embeddable
public class Herkomst {

  private String herkomstBron;
  private Instant herkomstGeimporteerdOp;
  private String herkomstParserVersie;
  private String herkomstInhoudHash;
  private String herkomstWaarschuwingen;

  protected Herkomst() {}

  public Herkomst(
      String bron,
      Instant geimporteerdOp,
      String parserVersie,
      String inhoudHash,
      String waarschuwingenJson) {
    this.herkomstBron = bron;
    this.herkomstGeimporteerdOp = geimporteerdOp;
    this.herkomstParserVersie = parserVersie;
    this.herkomstInhoudHash = inhoudHash;
    this.herkomstWaarschuwingen = waarschuwingenJson;
  }

  public String bron() {
    return herkomstBron;
  }

  public Instant geimporteerdOp() {
    return herkomstGeimporteerdOp;
  }

  public String parserVersie() {
    return herkomstParserVersie;
  }

  public String inhoudHash() {
    return herkomstInhoudHash;
  }

  public String waarschuwingenJson() {
    return herkomstWaarschuwingen;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Herkomst h
        && Objects.equals(herkomstBron, h.herkomstBron)
        && Objects.equals(herkomstGeimporteerdOp, h.herkomstGeimporteerdOp)
        && Objects.equals(herkomstParserVersie, h.herkomstParserVersie)
        && Objects.equals(herkomstInhoudHash, h.herkomstInhoudHash)
        && Objects.equals(herkomstWaarschuwingen, h.herkomstWaarschuwingen);
  }

  @Override
  public int hashCode() {
    return Objects.hash(herkomstBron, herkomstGeimporteerdOp, herkomstInhoudHash);
  }
}
