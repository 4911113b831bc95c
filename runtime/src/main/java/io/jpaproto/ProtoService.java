package io.jpaproto;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Asks for a CRUD service of an entity, or of every concrete entity of a package. For an entity {@code Book} the
 * processor writes {@code book_service.proto} beside the entity's proto file, with a {@code BookService} of
 * {@code GetBook}, {@code ListBooks} (page size, page token, order by, typed filter), {@code CreateBook},
 * {@code UpdateBook} (with an update mask), {@code DeleteBook} and the server-streaming {@code StreamBooks}; once
 * protoc and grpc-java have compiled it, the processor also writes {@code BookJpaService}, which serves it over a JPA
 * {@code EntityManagerFactory} through {@code io.jpaproto.grpc.JpaCrudService} (artifact {@code jpaproto-grpc}).
 *
 * <p>On an entity it overrides what its package says; {@code @ProtoService(false)} leaves an entity of a package with
 * services without one.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.PACKAGE})
public @interface ProtoService {

  /** Whether the entity (or each concrete entity of the package) gets a service; {@code false} opts one out. */
  boolean value() default true;

  /**
   * Adds {@code google.api.http} options to every RPC but the stream ({@code GET /v1/books/{id}},
   * {@code GET /v1/books}, {@code POST /v1/books}, {@code PATCH /v1/books/{book.id}}, {@code DELETE /v1/books/{id}}),
   * so gRPC-JSON transcoders such as Envoy's or grpc-gateway reach the service over REST. The path starts with the
   * proto package's version ({@code v1}) when it ends with one.
   */
  boolean http() default false;

  /**
   * The plural of the entity's message name, for {@code List<Plural>}, {@code Stream<Plural>}, the response's
   * repeated field and the HTTP path; empty to derive it with English rules ({@code Book} -> {@code Books},
   * {@code Category} -> {@code Categories}). Only on an entity.
   */
  String plural() default "";
}
