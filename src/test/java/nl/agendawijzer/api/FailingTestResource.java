package nl.agendawijzer.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Exists only in tests: fails the way an unforeseen bug would. */
@Path(FailingTestResource.PATH)
public class FailingTestResource {

  static final String PATH = "test-only-fout";
  static final String SECRET = "jdbc:geheim@db.intern";

  @GET
  public String fail() {
    throw new IllegalStateException("Connection refused to " + SECRET);
  }
}
