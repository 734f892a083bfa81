package nl.agendawijzer.importeren;

import java.util.ArrayList;
import java.util.List;

/** Collects a page's warnings in the order they are found. */
final class Waarschuwingen {

  private final List<Waarschuwing> lijst = new ArrayList<>();

  void voeg(Waarschuwing.Code code, int regel, String tekst) {
    lijst.add(new Waarschuwing(code, regel, tekst));
  }

  List<Waarschuwing> lijst() {
    return List.copyOf(lijst);
  }
}
