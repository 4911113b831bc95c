package io.jpaproto.grpc;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import java.util.Objects;
import java.util.function.Function;

/**
 * How a {@link JpaCrudService} runs one call's work in a transaction: it hands the work an entity manager, commits
 * when the work returns and rolls back when it throws (whatever it throws, it rethrows). The default,
 * {@link #resourceLocal}, opens an entity manager of the service's factory and a resource-local transaction for
 * each call. A container that manages transactions gives the service its own ({@link JpaCrudService#setTransactions}):
 * the Spring Boot integration runs the work in a Spring-managed transaction on Spring's transactional entity manager,
 * so the repositories and {@code @Transactional} beans a hook calls join it.
 */
public interface CallTransactions {

  /**
   * Runs {@code work} in a transaction and returns what it returns.
   *
   * @param work the call's reads and writes, on the entity manager of the transaction
   */
  <T> T run(Function<EntityManager, T> work);

  /**
   * A transaction of its own for every call: a new entity manager of {@code entityManagerFactory} and its
   * resource-local transaction, closed when the call's work is done.
   */
  static CallTransactions resourceLocal(EntityManagerFactory entityManagerFactory) {
    Objects.requireNonNull(entityManagerFactory, "entityManagerFactory");
    return new CallTransactions() {
      @Override
      public <T> T run(Function<EntityManager, T> work) {
        EntityManager entityManager = entityManagerFactory.createEntityManager();
        EntityTransaction transaction = entityManager.getTransaction();
        try {
          transaction.begin();
          T result = work.apply(entityManager);
          transaction.commit();
          return result;
        } catch (RuntimeException | Error e) {
          if (transaction.isActive()) {
            transaction.rollback();
          }
          throw e;
        } finally {
          entityManager.close();
        }
      }

      @Override
      public String toString() {
        return "resource-local transactions";
      }
    };
  }
}
