package io.jpaproto.spring.boot;

import io.grpc.BindableService;
import io.jpaproto.grpc.JpaCrudService;
import jakarta.persistence.EntityManagerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Serves the generated {@code <Entity>JpaService}s with Spring gRPC: each one the {@link JpaServiceIndex} lists is a
 * bean ({@link JpaServiceRegistrar}), which Spring gRPC's server serves as it serves every {@link BindableService}
 * bean, and every {@link JpaCrudService} bean runs its calls in Spring-managed transactions with the limits of the
 * {@code jpaproto.grpc.*} properties ({@link JpaServiceConfigurer}). {@code jpaproto.grpc.enabled=false} turns it
 * off.
 */
@AutoConfiguration(afterName = {
    "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
    "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration"},
    beforeName = "org.springframework.boot.grpc.server.autoconfigure.GrpcServerAutoConfiguration")
@ConditionalOnClass({JpaCrudService.class, BindableService.class, EntityManagerFactory.class,
    PlatformTransactionManager.class, SharedEntityManagerCreator.class})
@ConditionalOnProperty(prefix = JpaProtoGrpcProperties.PREFIX, name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(JpaProtoGrpcProperties.class)
public class JpaProtoGrpcAutoConfiguration {

  @Bean
  static JpaServiceRegistrar jpaprotoServiceRegistrar() {
    return new JpaServiceRegistrar();
  }

  @Bean
  static JpaServiceConfigurer jpaprotoServiceConfigurer(ObjectProvider<PlatformTransactionManager> transactionManager,
      ObjectProvider<JpaProtoGrpcProperties> properties) {
    return new JpaServiceConfigurer(transactionManager, properties);
  }
}
