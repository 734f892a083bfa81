package nl.agendawijzer.voorstel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.agendawijzer.voorstel.Controle.Code;
import nl.agendawijzer.voorstel.Controle.Melding;

/**
 * The vote arithmetic check. It flags and never corrects: a page that says VERWORPEN 31/9 is served
 * as VERWORPEN 31/9 with an AFWIJKING, because the source is what the council published.
 */
public final class StemmingControle {

  private StemmingControle() {}

  public static Controle beoordeel(Uitslag uitslag, Integer voor, Integer tegen, Integer zetels) {
    List<Melding> afwijkingen = new ArrayList<>();
    List<Melding> ontbrekend = new ArrayList<>();
    if (voor == null || tegen == null) {
      ontbrekend.add(
          new Melding(Code.STEMMEN_ONTBREKEN, "Het aantal stemmen voor en tegen is niet bekend."));
    } else {
      uitslagStrijdig(uitslag, voor, tegen).ifPresent(afwijkingen::add);
      if (zetels != null && voor + tegen > zetels) {
        afwijkingen.add(
            new Melding(
                Code.MEER_STEMMEN_DAN_ZETELS,
                "voor (%d) + tegen (%d) = %d is meer dan de %d zetels van de raad."
                    .formatted(voor, tegen, voor + tegen, zetels)));
      }
    }
    if (zetels == null) {
      ontbrekend.add(
          new Melding(
              Code.ZETELS_ONBEKEND,
              "Het aantal zetels op de datum van de stemming is niet bekend."));
    }
    List<Melding> meldingen = new ArrayList<>(afwijkingen);
    meldingen.addAll(ontbrekend);
    Controle.Status status =
        !afwijkingen.isEmpty()
            ? Controle.Status.AFWIJKING
            : !ontbrekend.isEmpty() ? Controle.Status.ONVOLLEDIG : Controle.Status.OK;
    return new Controle(status, List.copyOf(meldingen));
  }

  private static Optional<Melding> uitslagStrijdig(Uitslag uitslag, int voor, int tegen) {
    String probleem =
        switch (uitslag) {
          case AANVAARD -> voor <= tegen ? "niet meer stemmen voor dan tegen" : null;
          case VERWORPEN -> voor > tegen ? "meer stemmen voor dan tegen" : null;
          case STEMMEN_STAKEN -> voor != tegen ? "geen gelijk aantal stemmen voor en tegen" : null;
          default -> null;
        };
    return Optional.ofNullable(probleem)
        .map(
            p ->
                new Melding(
                    Code.UITSLAG_STRIJDIG_MET_STEMMEN,
                    "Uitslag %s, maar %s (%d/%d).".formatted(uitslag, p, voor, tegen)));
  }
}
