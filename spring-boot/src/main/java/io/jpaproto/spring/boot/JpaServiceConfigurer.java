package io.jpaproto.spring.boot;

import io.jpaproto.grpc.JpaCrudService;
import jakarta.persistence.EntityManagerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Gives every {@link JpaCrudService} bean (the generated defaults and the application's own subclasses alike)
 * Spring-managed transactions ({@link SpringCallTransactions}) and the limits of the {@code jpaproto.grpc.*}
 * properties, before it serves. Hooks a subclass overrides ({@code inTransaction}, {@code maxPageSize}, ...) still
 * win.
 */
public final class JpaServiceConfigurer implements BeanPostProcessor {
  private final ObjectProvider<PlatformTransactionManager> transactionManager;
  private final ObjectProvider<JpaProtoGrpcProperties> properties;

  public JpaServiceConfigurer(ObjectProvider<PlatformTransactionManager> transactionManager,
      ObjectProvider<JpaProtoGrpcProperties> properties) {
    this.transactionManager = transactionManager;
    this.properties = properties;
  }

  @Override
  public Object postProcessBeforeInitialization(Object bean, String beanName) {
    if (bean instanceof JpaCrudService<?, ?, ?> service) {
      PlatformTransactionManager transactions = transactionManager.getIfUnique();
      if (transactions == null) {
        throw new IllegalStateException("jpaproto cannot run the calls of " + beanName + " ("
            + service.getClass().getName() + ") in Spring-managed transactions: the application has "
            + (transactionManager.stream().findAny().isPresent() ? "several PlatformTransactionManagers; mark one "
                + "@Primary" : "no PlatformTransactionManager; add spring-boot-starter-data-jpa"));
      }
      EntityManagerFactory factory = service.entityManagerFactory();
      if (transactions instanceof JpaTransactionManager jpa && jpa.getEntityManagerFactory() != null
          && !jpa.getEntityManagerFactory().equals(factory)) {
        throw new IllegalStateException(beanName + " (" + service.getClass().getName() + ") was made with an "
            + "EntityManagerFactory that the transaction manager does not manage; make it with the application's "
            + "EntityManagerFactory bean");
      }
      service.setTransactions(new SpringCallTransactions(transactions, factory));
      service.setLimits(properties.getObject().limits(service.entityClass()));
    }
    return bean;
  }
}
