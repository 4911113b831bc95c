/**
 * Spring Boot auto-configuration for jpaproto: every generated {@code <Entity>JpaService} listed in the
 * {@value io.jpaproto.spring.boot.JpaServiceIndex#LOCATION} index the processor writes becomes a bean that Spring
 * gRPC's server serves, on Spring's {@code EntityManagerFactory}, with each call in a Spring-managed transaction
 * ({@link io.jpaproto.spring.boot.SpringCallTransactions}) and the limits of the {@code jpaproto.grpc.*} properties
 * ({@link io.jpaproto.spring.boot.JpaProtoGrpcProperties}).
 */
package io.jpaproto.spring.boot;
