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
    /** voor + tegen + niet gestemd differs from the council's seats. */
    STEMMEN_TELLEN_NIET_OP_TOT_ZETELS,
    UITSLAG_STRIJDIG_MET_STEMMEN,
    /** The factions' votes for do not add up to the stemming's. */
    FRACTIES_VOOR_TELT_NIET_OP,
    /** The factions' votes against do not add up to the stemming's. */
    FRACTIES_TEGEN_TELT_NIET_OP,
    /** The seats of the factions on the date do not add up to the council's seats. */
    FRACTIEZETELS_TELLEN_NIET_OP,
    /** A faction voted more often than it has seats. */
    FRACTIE_MEER_STEMMEN_DAN_ZETELS,
    /** A faction's numbers contradict its keuze (VOOR with votes against, ...). */
    FRACTIE_KEUZE_STRIJDIG_MET_STEMMEN,
    /** A faction has a result but no seats on the date. */
    FRACTIE_ZONDER_ZETELS,
    /** A faction with seats on the date has no result. */
    FRACTIES_ONTBREKEN,
    /** A divided faction without numbers: the totals cannot be checked. */
    FRACTIE_STEMMEN_ONTBREKEN,
    /** The members' votes of a faction differ from its numbers, or outnumber its seats. */
    FRACTIE_LEDEN_TELLEN_NIET_OP,
    /** The factions' members who did not vote do not add up to the stemming's niet gestemd. */
    FRACTIES_NIET_GESTEMD_TELT_NIET_OP
  }
}
