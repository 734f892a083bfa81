package nl.agendawijzer;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * The SQL Hibernate sends while a test asks for it ({@link #tijdens}), from every thread (the HTTP
 * worker that answers a request included), for tests about what a request costs the database.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class OpgenomenSql implements StatementInspector {

  private static final List<String> OPGENOMEN = new CopyOnWriteArrayList<>();
  private static volatile boolean aan;

  @Override
  public String inspect(String sql) {
    if (aan) {
      OPGENOMEN.add(sql);
    }
    return sql;
  }

  /** The statements sent while {@code actie} ran; one test at a time. */
  public static synchronized List<String> tijdens(Runnable actie) {
    OPGENOMEN.clear();
    aan = true;
    try {
      actie.run();
    } finally {
      aan = false;
    }
    return List.copyOf(OPGENOMEN);
  }
}
