package nl.agendawijzer.voorstel;

import java.util.List;

/** The result of checking a stemming's arithmetic: a status and what was found. */
public record Controle(Status status, List<Melding> meldingen) {

  public enum Status {
    /** The numbers are complete and agree with the outcome and the seats. */
    OK,
    /** The numbers contradict the outcome or exceed the seats; the source is kept as it is. */
    AFWIJKING,
    /** Numbers needed for the check are missing. */
    ONVOLLEDIG
  }

  public record Melding(Code code, String tekst) {}

  public enum Code {
    STEMMEN_ONTBREKEN,
    ZETELS_ONBEKEND,
    MEER_STEMMEN_DAN_ZETELS,
    UITSLAG_STRIJDIG_MET_STEMMEN
  }
}
