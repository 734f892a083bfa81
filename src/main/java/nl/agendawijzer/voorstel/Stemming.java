package nl.agendawijzer.voorstel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import nl.agendawijzer.versies.Versioned;

/**
 * One vote on a voorstel. A voorstel can be voted on more than once (a tie is voted on again at a
 * later meeting), so a stemming has an id of its own: the voorstel and the date, {@code
 * 23161.001-2023-10-12}. {@code voor} and {@code tegen} are null when the page printed no numbers;
 * they are never derived from the outcome, nor the outcome from them.
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
      Integer tegen) {
    boolean anders =
        !Objects.equals(this.vergadering, vergadering)
            || !Objects.equals(this.datum, datum)
            || this.uitslag != uitslag
            || !Objects.equals(this.uitslagTekst, uitslagTekst)
            || !Objects.equals(this.voor, voor)
            || !Objects.equals(this.tegen, tegen);
    this.vergadering = vergadering;
    this.datum = datum;
    this.uitslag = uitslag;
    this.uitslagTekst = uitslagTekst;
    this.voor = voor;
    this.tegen = tegen;
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
}
