/**
 * The JPA-backed base of the CRUD services jpaproto generates for entities marked {@link io.jpaproto.ProtoService}:
 * {@link io.jpaproto.grpc.JpaCrudService}.
 */
package io.jpaproto.grpc;
