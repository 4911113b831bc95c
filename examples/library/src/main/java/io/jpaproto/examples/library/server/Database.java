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

/** The library's embedded H2 database, through Hibernate ORM, with one transaction per unit of work. */
public final class Database implements AutoCloseable {
  private final EntityManagerFactory factory;

  private Database(EntityManagerFactory factory) {
    this.factory = factory;
  }

  /** A fresh in-memory database named {@code name}, with the schema created from the entities. */
  public static Database inMemory(String name) {
    return new Database(new HibernatePersistenceConfiguration(name)
        .managedClass(Author.class)
        .managedClass(Book.class)
        .managedClass(Publisher.class)
        .jdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1")
        .jdbcCredentials("sa", "")
        .property(PersistenceConfiguration.SCHEMAGEN_DATABASE_ACTION, "drop-and-create")
        .createEntityManagerFactory());
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
