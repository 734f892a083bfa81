package nl.agendawijzer.voorstel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    return beoordeel(uitslag, voor, tegen, null, zetels, null, List.of(), Map.of());
  }

  /** The check without factions, with the members who did not vote (null when unknown). */
  public static Controle beoordeel(
      Uitslag uitslag, Integer voor, Integer tegen, Integer nietGestemd, Integer zetels) {
    return beoordeel(uitslag, voor, tegen, nietGestemd, zetels, null, List.of(), Map.of());
  }

  /**
   * The check with the factions: their numbers add up to the totals, their seats to the council's.
   * A faction's numbers, when the source gives none, follow from its keuze and its seats (VOOR: all
   * its seats for); a divided faction without numbers leaves the totals unchecked (ONVOLLEDIG).
   * When the source says how many did not vote, voor + tegen + niet gestemd must be the seats, and,
   * when every seated faction's numbers are known, the factions' seats not voted add up to it. An
   * unknown {@code nietGestemd} is no finding: most sources do not print it.
   *
   * @param nietGestemd the members who did not vote, null when the source does not say
   * @param fracties the faction results, each with its seats on the date (null if it had none)
   * @param zittend every faction with seats on the date, by id
   */
  public static Controle beoordeel(
      Uitslag uitslag,
      Integer voor,
      Integer tegen,
      Integer nietGestemd,
      Integer zetels,
      LocalDate datum,
      List<StemmingView.FractieUitslagView> fracties,
      Map<String, Integer> zittend) {
    List<Melding> afwijkingen = new ArrayList<>();
    List<Melding> ontbrekend = new ArrayList<>();
    if (!fracties.isEmpty()) {
      fractiesTellen(voor, tegen, zetels, datum, fracties, zittend, afwijkingen, ontbrekend);
      if (nietGestemd != null) {
        fractiesNietGestemd(fracties, zittend, nietGestemd).ifPresent(afwijkingen::add);
      }
    }
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
      if (zetels != null && nietGestemd != null && voor + tegen + nietGestemd != zetels) {
        afwijkingen.add(
            new Melding(
                Code.STEMMEN_TELLEN_NIET_OP_TOT_ZETELS,
                "voor (%d) + tegen (%d) + niet gestemd (%d) = %d, de raad heeft %d zetels."
                    .formatted(voor, tegen, nietGestemd, voor + tegen + nietGestemd, zetels)));
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

  private static void fractiesTellen(
      Integer voor,
      Integer tegen,
      Integer zetels,
      LocalDate datum,
      List<StemmingView.FractieUitslagView> fracties,
      Map<String, Integer> zittend,
      List<Melding> afwijkingen,
      List<Melding> ontbrekend) {
    int somVoor = 0;
    int somTegen = 0;
    List<String> onbekend = new ArrayList<>();
    for (StemmingView.FractieUitslagView f : fracties) {
      Integer fz = f.zetels();
      if (fz == null && datum != null) {
        afwijkingen.add(
            new Melding(
                Code.FRACTIE_ZONDER_ZETELS,
                "Fractie %s heeft een uitslag maar geen zetels op %s."
                    .formatted(f.fractie(), datum)));
      }
      ledenTellen(f).ifPresent(afwijkingen::add);
      int[] telling = telling(f);
      if (telling == null) {
        onbekend.add(f.fractie());
        continue;
      }
      somVoor += telling[0];
      somTegen += telling[1];
      if (f.voor() != null && f.tegen() != null || f.stemmen() != null) {
        if (fz != null && telling[0] + telling[1] > fz) {
          afwijkingen.add(
              new Melding(
                  Code.FRACTIE_MEER_STEMMEN_DAN_ZETELS,
                  "Fractie %s: voor (%d) + tegen (%d) = %d is meer dan haar %d zetels."
                      .formatted(
                          f.fractie(), telling[0], telling[1], telling[0] + telling[1], fz)));
        }
        keuzeStrijdig(f, telling[0], telling[1]).ifPresent(afwijkingen::add);
      }
    }
    if (!onbekend.isEmpty()) {
      ontbrekend.add(
          new Melding(
              Code.FRACTIE_STEMMEN_ONTBREKEN,
              "Van fractie %s zijn de aantallen niet bekend; de totalen zijn niet na te tellen."
                  .formatted(String.join(", ", onbekend))));
    } else {
      if (voor != null && somVoor != voor) {
        afwijkingen.add(
            new Melding(
                Code.FRACTIES_VOOR_TELT_NIET_OP,
                "Fracties samen %d voor, stemming %d.".formatted(somVoor, voor)));
      }
      if (tegen != null && somTegen != tegen) {
        afwijkingen.add(
            new Melding(
                Code.FRACTIES_TEGEN_TELT_NIET_OP,
                "Fracties samen %d tegen, stemming %d.".formatted(somTegen, tegen)));
      }
    }
    int zetelsFracties = zittend.values().stream().mapToInt(Integer::intValue).sum();
    if (zetels != null && zetelsFracties != zetels) {
      afwijkingen.add(
          new Melding(
              Code.FRACTIEZETELS_TELLEN_NIET_OP,
              "Fracties samen %d zetels op %s, raad %d.".formatted(zetelsFracties, datum, zetels)));
    }
    List<String> zonderUitslag =
        zittend.keySet().stream()
            .filter(id -> fracties.stream().noneMatch(f -> f.fractie().equals(id)))
            .toList();
    if (!zonderUitslag.isEmpty()) {
      ontbrekend.add(
          new Melding(
              Code.FRACTIES_ONTBREKEN,
              "Geen uitslag van fractie %s, die op %s zetels had."
                  .formatted(String.join(", ", zonderUitslag), datum)));
    }
  }

  /**
   * The members who did not vote, counted per faction: its seats minus its votes for and against
   * (all its seats when it did not take part). Only when every seated faction has a result whose
   * numbers and seats are known; otherwise there is nothing to compare, and the other checks
   * already say what is missing.
   */
  private static Optional<Melding> fractiesNietGestemd(
      List<StemmingView.FractieUitslagView> fracties,
      Map<String, Integer> zittend,
      int nietGestemd) {
    boolean elkeFractie =
        zittend.keySet().stream()
            .allMatch(id -> fracties.stream().anyMatch(f -> f.fractie().equals(id)));
    if (!elkeFractie) {
      return Optional.empty();
    }
    int som = 0;
    for (StemmingView.FractieUitslagView f : fracties) {
      int[] telling = telling(f);
      if (telling == null || f.zetels() == null) {
        return Optional.empty();
      }
      som += f.zetels() - telling[0] - telling[1];
    }
    return som == nietGestemd
        ? Optional.empty()
        : Optional.of(
            new Melding(
                Code.FRACTIES_NIET_GESTEMD_TELT_NIET_OP,
                "Fracties samen %d niet gestemd, stemming %d.".formatted(som, nietGestemd)));
  }

  /**
   * A faction's votes for and against: as given, else counted from its members' votes, else from
   * its keuze and seats; null when unknown.
   */
  private static int[] telling(StemmingView.FractieUitslagView f) {
    if (f.voor() != null && f.tegen() != null) {
      return new int[] {f.voor(), f.tegen()};
    }
    if (f.stemmen() != null) {
      return leden(f);
    }
    return switch (f.keuze()) {
      case VOOR -> f.zetels() == null ? null : new int[] {f.zetels(), 0};
      case TEGEN -> f.zetels() == null ? null : new int[] {0, f.zetels()};
      case NIET_DEELGENOMEN -> new int[] {0, 0};
      case VERDEELD -> null;
    };
  }

  private static int[] leden(StemmingView.FractieUitslagView f) {
    int voor = (int) f.stemmen().stream().filter(s -> s.keuze() == Keuze.VOOR).count();
    int tegen = (int) f.stemmen().stream().filter(s -> s.keuze() == Keuze.TEGEN).count();
    return new int[] {voor, tegen};
  }

  /** The members' votes agree with the faction's numbers, and there are no more than its seats. */
  private static Optional<Melding> ledenTellen(StemmingView.FractieUitslagView f) {
    if (f.stemmen() == null) {
      return Optional.empty();
    }
    int[] leden = leden(f);
    if (f.voor() != null && f.tegen() != null && (leden[0] != f.voor() || leden[1] != f.tegen())) {
      return Optional.of(
          new Melding(
              Code.FRACTIE_LEDEN_TELLEN_NIET_OP,
              "Fractie %s: leden %d voor en %d tegen, fractie %d voor en %d tegen."
                  .formatted(f.fractie(), leden[0], leden[1], f.voor(), f.tegen())));
    }
    if (f.zetels() != null && f.stemmen().size() > f.zetels()) {
      return Optional.of(
          new Melding(
              Code.FRACTIE_LEDEN_TELLEN_NIET_OP,
              "Fractie %s: %d leden genoemd, maar %d zetels."
                  .formatted(f.fractie(), f.stemmen().size(), f.zetels())));
    }
    return Optional.empty();
  }

  private static Optional<Melding> keuzeStrijdig(StemmingView.FractieUitslagView f, int v, int t) {
    String probleem =
        switch (f.keuze()) {
          case VOOR -> t > 0 || v == 0 ? "niet alleen stemmen voor" : null;
          case TEGEN -> v > 0 || t == 0 ? "niet alleen stemmen tegen" : null;
          case VERDEELD -> v == 0 || t == 0 ? "niet zowel stemmen voor als tegen" : null;
          case NIET_DEELGENOMEN -> v + t > 0 ? "toch stemmen" : null;
        };
    return Optional.ofNullable(probleem)
        .map(
            p ->
                new Melding(
                    Code.FRACTIE_KEUZE_STRIJDIG_MET_STEMMEN,
                    "Fractie %s: keuze %s, maar %s (%d/%d)."
                        .formatted(f.fractie(), f.keuze(), p, v, t)));
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
