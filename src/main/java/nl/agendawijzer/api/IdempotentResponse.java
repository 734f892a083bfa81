package nl.agendawijzer.api;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * The stored first response to a POST with an Idempotency-Key. It is inserted first, as the claim
 * of the key, and filled in with the answer in the same transaction, so no other transaction ever
 * sees it without one.
 */
@Entity
@Table(name = "idempotentie")
@IdClass(IdempotentResponse.Key.class)
public class IdempotentResponse {

  @Id private String auteur;
  @Id private String sleutel;
  private String methode;
  private String pad;
  private String verzoekHash;
  private int status;
  private String locatie;
  private String etag;
  private String inhoud;
  private Instant aangemaaktOp;

  public record Key(String auteur, String sleutel) implements Serializable {
    public Key() {
      this(null, null);
    }
  }

  protected IdempotentResponse() {}

  /** The claim of a key; {@link #beantwoord} fills in the answer before the transaction ends. */
  IdempotentResponse(
      String auteur,
      String sleutel,
      String methode,
      String pad,
      String verzoekHash,
      Instant aangemaaktOp) {
    this.auteur = auteur;
    this.sleutel = sleutel;
    this.methode = methode;
    this.pad = pad;
    this.verzoekHash = verzoekHash;
    this.aangemaaktOp = aangemaaktOp;
    this.inhoud = "";
  }

  void beantwoord(int status, String locatie, String etag, String inhoud) {
    this.status = status;
    this.locatie = locatie;
    this.etag = etag;
    this.inhoud = inhoud;
  }

  boolean verlopen(Instant grens) {
    return aangemaaktOp.isBefore(grens);
  }

  String methode() {
    return methode;
  }

  String pad() {
    return pad;
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

  String etag() {
    return etag;
  }

  String inhoud() {
    return inhoud;
  }
}
