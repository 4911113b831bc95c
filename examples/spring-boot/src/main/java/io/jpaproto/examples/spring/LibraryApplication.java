package io.jpaproto.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The library as a Spring Boot application. It has no gRPC server code: Spring gRPC serves every
 * {@code BindableService} bean, which here are the hand-written {@code LibraryGrpcService}, the generated
 * {@code PublisherJpaService} (declared by jpaproto's auto-configuration) and {@code AuditedAuthorService}, the
 * application's subclass of the generated {@code AuthorJpaService}, which replaces it.
 *
 * <p>{@code mvn -pl examples/spring-boot spring-boot:run} serves it on port 9090 ({@code spring.grpc.server.port}).
 */
@SpringBootApplication
public class LibraryApplication {
  public static void main(String[] args) {
    SpringApplication.run(LibraryApplication.class, args);
  }
}
