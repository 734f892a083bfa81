package nl.agendawijzer.api;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** The stored first response to a POST with an Idempotency-Key. */
@Entity
@Table(name = "idempotentie")
@IdClass(IdempotentResponse.Key.class)
public class IdempotentResponse {

  @Id private String auteur;
  @Id private String sleutel;
  private String verzoekHash;
  private int status;
  private String locatie;
  private String inhoud;
  private Instant aangemaaktOp;

  public record Key(String auteur, String sleutel) implements Serializable {
    public Key() {
      this(null, null);
    }
  }

  protected IdempotentResponse() {}

  IdempotentResponse(
      String auteur,
      String sleutel,
      String verzoekHash,
      int status,
      String locatie,
      String inhoud,
      Instant aangemaaktOp) {
    this.auteur = auteur;
    this.sleutel = sleutel;
    this.verzoekHash = verzoekHash;
    this.status = status;
    this.locatie = locatie;
    this.inhoud = inhoud;
    this.aangemaaktOp = aangemaaktOp;
  }

  String verzoekHash() {
    return verzoekHash;
  }

  int status() {
    return status;
  }

  String locatie() {
    return locatie;
  }

  String inhoud() {
    return inhoud;
  }
}
