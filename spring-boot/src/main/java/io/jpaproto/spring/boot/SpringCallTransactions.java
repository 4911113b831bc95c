package io.jpaproto.spring.boot;

import io.jpaproto.grpc.CallTransactions;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.Objects;
import java.util.function.Function;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a generated service's calls in Spring-managed transactions: each call's work runs inside
 * {@link TransactionTemplate#execute} of the application's {@link PlatformTransactionManager}, on Spring's shared
 * (transactional) {@link EntityManager}. So a Spring Data repository, a {@code @Transactional} bean or a transaction
 * synchronisation that a hook uses joins the call's transaction and sees its persistence context, and whatever fails
 * (the service, a hook, a repository) rolls all of it back. The call's failure is rethrown as it was thrown, so the
 * service still answers with the status it maps to.
 */
public final class SpringCallTransactions implements CallTransactions {
  private final TransactionTemplate transactions;
  private final EntityManager entityManager;

  /**
   * @param transactionManager the transactions, which must be those of {@code entityManagerFactory} (a
   *     {@code JpaTransactionManager} of it, or JTA)
   * @param entityManagerFactory the service's factory
   */
  public SpringCallTransactions(PlatformTransactionManager transactionManager,
      EntityManagerFactory entityManagerFactory) {
    this.transactions = new TransactionTemplate(Objects.requireNonNull(transactionManager, "transactionManager"));
    this.entityManager = SharedEntityManagerCreator.createSharedEntityManager(
        Objects.requireNonNull(entityManagerFactory, "entityManagerFactory"));
  }

  @Override
  public <T> T run(Function<EntityManager, T> work) {
    return transactions.execute(status -> work.apply(entityManager));
  }

  @Override
  public String toString() {
    return "Spring-managed transactions of " + transactions.getTransactionManager();
  }
}
