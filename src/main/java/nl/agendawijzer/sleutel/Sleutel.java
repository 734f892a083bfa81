package nl.agendawijzer.sleutel;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;

/** An API key: its name (the author recorded in revisions), its role and the hash of the key. */
@Entity
public class Sleutel {

  @Id private String id;

  private String naam;

  @Enumerated(EnumType.STRING)
  private Rol rol;

  private String hash;
  private Instant aangemaaktOp;
  private Instant ingetrokkenOp;

  protected Sleutel() {}

  static Sleutel nieuw(String id, String naam, Rol rol, String hash, Instant nu) {
    Sleutel s = new Sleutel();
    s.id = id;
    s.naam = naam;
    s.rol = rol;
    s.hash = hash;
    s.aangemaaktOp = nu;
    return s;
  }

  void trekIn(Instant nu) {
    if (ingetrokkenOp == null) {
      ingetrokkenOp = nu;
    }
  }

  String hash() {
    return hash;
  }

  boolean geldig() {
    return ingetrokkenOp == null;
  }

  public String id() {
    return id;
  }

  public String naam() {
    return naam;
  }

  public Rol rol() {
    return rol;
  }

  public Instant aangemaaktOp() {
    return aangemaaktOp;
  }

  public Instant ingetrokkenOp() {
    return ingetrokkenOp;
  }
}
