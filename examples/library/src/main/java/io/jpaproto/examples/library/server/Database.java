package io.jpaproto.examples.library.server;

import io.jpaproto.examples.library.model.Author;
import io.jpaproto.examples.library.model.Book;
import io.jpaproto.examples.library.model.Publisher;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.PersistenceConfiguration;
import java.util.function.Function;
import org.hibernate.Hibernate;
import org.hibernate.jpa.HibernatePersistenceConfiguration;

/**
 * The library's database through Hibernate ORM: an embedded in-memory H2 by default, or any database a JDBC URL names
 * (PostgreSQL's driver is on the class path), with one transaction per unit of work.
 */
public final class Database implements AutoCloseable {
  private final EntityManagerFactory factory;

  private Database(EntityManagerFactory factory) {
    this.factory = factory;
  }

  /** The system property naming the JDBC URL of the database to use instead of the embedded H2. */
  public static final String JDBC_URL_PROPERTY = "jpaproto.example.jdbcUrl";
  /** The system property naming the database user for {@link #JDBC_URL_PROPERTY} (default: none). */
  public static final String JDBC_USER_PROPERTY = "jpaproto.example.jdbcUser";
  /** The system property naming the database password for {@link #JDBC_URL_PROPERTY} (default: none). */
  public static final String JDBC_PASSWORD_PROPERTY = "jpaproto.example.jdbcPassword";

  /** A fresh in-memory database named {@code name}, with the schema created from the entities. */
  public static Database inMemory(String name) {
    return connect(name, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
  }

  /**
   * The database at {@code jdbcUrl} (an H2 or PostgreSQL URL, such as
   * {@code jdbc:postgresql://127.0.0.1:5432/library}), whose library tables are dropped and created afresh from the
   * entities: point it at a database of its own.
   */
  public static Database connect(String name, String jdbcUrl, String user, String password) {
    return new Database(new HibernatePersistenceConfiguration(name)
        .managedClass(Author.class)
        .managedClass(Book.class)
        .managedClass(Publisher.class)
        .jdbcUrl(jdbcUrl)
        .jdbcCredentials(user, password)
        .property(PersistenceConfiguration.SCHEMAGEN_DATABASE_ACTION, "drop-and-create")
        .createEntityManagerFactory());
  }

  /**
   * The database {@code jdbcUrl} names (null: the system property {@value #JDBC_URL_PROPERTY}), with the user and
   * password of the system properties {@value #JDBC_USER_PROPERTY} and {@value #JDBC_PASSWORD_PROPERTY}; the embedded
   * in-memory H2 database {@code name} when neither names one.
   */
  public static Database chosen(String name, String jdbcUrl) {
    String url = jdbcUrl != null ? jdbcUrl : System.getProperty(JDBC_URL_PROPERTY, "").trim();
    if (url.isEmpty()) {
      return inMemory(name);
    }
    return connect(name, url, System.getProperty(JDBC_USER_PROPERTY, ""),
        System.getProperty(JDBC_PASSWORD_PROPERTY, ""));
  }

  /** Runs {@code work} in a transaction that commits when it returns and rolls back when it throws. */
  /** The entity manager factory, for the generated services. */
  public EntityManagerFactory factory() {
    return factory;
  }

  public <T> T inTransaction(Function<EntityManager, T> work) {
    try (EntityManager em = factory.createEntityManager()) {
      EntityTransaction transaction = em.getTransaction();
      transaction.begin();
      try {
        T result = work.apply(em);
        transaction.commit();
        return result;
      } catch (RuntimeException e) {
        if (transaction.isActive()) {
          transaction.rollback();
        }
        throw e;
      }
    }
  }

  /** Loads a lazy collection of a managed entity now, so a mapper may read it. */
  public static void load(Object lazyCollection) {
    Hibernate.initialize(lazyCollection);
  }

  @Override
  public void close() {
    factory.close();
  }
}
