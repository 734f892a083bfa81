package nl.agendawijzer.voorstel;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import nl.agendawijzer.versies.Herkomst;
import nl.agendawijzer.versies.Versioned;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.OptimisticLock;

/**
 * One vote on a voorstel. A voorstel can be voted on more than once (a tie is voted on again at a
 * later meeting), so a stemming has an id of its own: the voorstel and the date, {@code
 * 23161.001-2023-10-12}. {@code voor}, {@code tegen} and {@code nietGestemd} are null when the page
 * printed no numbers; they are never derived from the outcome, nor the outcome from them.
 */
@Entity
public class Stemming extends Versioned {

  @Id private String id;

  @Column(name = "voorstel_nummer")
  private String voorstel;

  @Column(name = "vergadering_id")
  private String vergadering;

  private LocalDate datum;

  @Enumerated(EnumType.STRING)
  private Uitslag uitslag;

  private String uitslagTekst;
  private Integer voor;
  private Integer tegen;

  /** The members who did not vote (absent); null when the source does not say. */
  private Integer nietGestemd;

  /** How each faction voted; empty when the source does not say. */
  @ElementCollection
  @CollectionTable(name = "stemming_fractie", joinColumns = @JoinColumn(name = "stemming_id"))
  @OrderBy("fractie")
  // A page of stemmingen loads the results of its factions in one query per 100 stemmingen. Not
  // SUBSELECT: Hibernate repeats the page's query without its limit as the subselect, so a page of
  // 100 read the results of every stemming matching the filter (on PostgreSQL at council scale,
  // 600,000 rows and an OutOfMemoryError at -Xmx256m; issue 11).
  @BatchSize(size = 100)
  private List<FractieUitslag> fracties = new ArrayList<>();

  /*
   * The stored check (docs/adr/0012). It follows from the numbers and the seats and is no edit
   * of its own, so storing it does not count as a new version: the write that changed its input
   * already made one.
   */
  @OptimisticLock(excluded = true)
  @Enumerated(EnumType.STRING)
  private Controle.Status controleStatus;

  @OptimisticLock(excluded = true)
  private String controleMeldingen;

  /** Where the import that last changed it found it; null for resources made through the API. */
  @Embedded private Herkomst herkomst;

  public Herkomst herkomst() {
    return herkomst;
  }

  /** Records the import that changed this resource (ADR 0009). */
  public void herkomst(Herkomst herkomst) {
    this.herkomst = herkomst;
  }

  protected Stemming() {}

  public static Stemming nieuw(
      String id,
      String voorstel,
      String vergadering,
      LocalDate datum,
      Uitslag uitslag,
      String uitslagTekst,
      Integer voor,
      Integer tegen,
      Integer nietGestemd,
      Instant now) {
    Stemming s = new Stemming();
    s.id = id;
    s.voorstel = voorstel;
    s.vergadering = vergadering;
    s.datum = datum;
    s.uitslag = uitslag != null ? uitslag : Uitslag.vanTekst(uitslagTekst);
    s.uitslagTekst = uitslagTekst;
    s.voor = voor;
    s.tegen = tegen;
    s.nietGestemd = nietGestemd;
    s.firstVersion(now);
    return s;
  }

  /** Replaces the editable fields; true when any differs. */
  public boolean wijzig(
      String vergadering,
      LocalDate datum,
      Uitslag uitslag,
      String uitslagTekst,
      Integer voor,
      Integer tegen,
      Integer nietGestemd) {
    boolean anders =
        !Objects.equals(this.vergadering, vergadering)
            || !Objects.equals(this.datum, datum)
            || this.uitslag != uitslag
            || !Objects.equals(this.uitslagTekst, uitslagTekst)
            || !Objects.equals(this.voor, voor)
            || !Objects.equals(this.tegen, tegen)
            || !Objects.equals(this.nietGestemd, nietGestemd);
    this.vergadering = vergadering;
    this.datum = datum;
    this.uitslag = uitslag;
    this.uitslagTekst = uitslagTekst;
    this.voor = voor;
    this.tegen = tegen;
    this.nietGestemd = nietGestemd;
    return anders;
  }

  /** Replaces the faction results; true when they differ. Kept in order of faction id. */
  public boolean wijzigFracties(List<FractieUitslag> uitslagen) {
    List<FractieUitslag> nieuw =
        uitslagen.stream().sorted(Comparator.comparing(FractieUitslag::fractie)).toList();
    // A copy: the loaded collection is a Hibernate bag, whose equals is identity, so comparing it
    // directly would call every rewrite of the same results a change (and a new version).
    if (List.copyOf(fracties).equals(nieuw)) {
      return false;
    }
    fracties.clear();
    fracties.addAll(nieuw);
    return true;
  }

  /** Stores a computed check; true when it differs from the stored one. */
  boolean legControleVast(Controle.Status status, String meldingen) {
    boolean anders = status != controleStatus || !Objects.equals(meldingen, controleMeldingen);
    this.controleStatus = status;
    this.controleMeldingen = meldingen;
    return anders;
  }

  /** The id of a voorstel's vote on a date; {@code zonder-datum} when the page gives none. */
  public static String idVoor(String voorstel, LocalDate datum) {
    return voorstel + "-" + (datum == null ? "zonder-datum" : datum.toString());
  }

  public String id() {
    return id;
  }

  public String voorstel() {
    return voorstel;
  }

  public String vergadering() {
    return vergadering;
  }

  public LocalDate datum() {
    return datum;
  }

  public Uitslag uitslag() {
    return uitslag;
  }

  public String uitslagTekst() {
    return uitslagTekst;
  }

  public Integer voor() {
    return voor;
  }

  public Integer tegen() {
    return tegen;
  }

  public Integer nietGestemd() {
    return nietGestemd;
  }

  public List<FractieUitslag> fracties() {
    return fracties;
  }

  Controle.Status controleStatus() {
    return controleStatus;
  }

  String controleMeldingen() {
    return controleMeldingen;
  }
}
