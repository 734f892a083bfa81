package nl.agendawijzer.onderwerp;

import java.time.Instant;

public record DoelView(int volgnummer, String tekst, int versie, Instant gewijzigdOp) {

  static DoelView of(Doel d) {
    return new DoelView(d.volgnummer(), d.tekst(), d.versie(), d.gewijzigdOp());
  }
}
