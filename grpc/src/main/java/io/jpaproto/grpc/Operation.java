package io.jpaproto.grpc;

/** The operations of a generated CRUD service, as {@link JpaCrudService#authorize} sees them. */
public enum Operation {
  /** {@code Get<Entity>}: the entity is the one found (within {@link JpaCrudService#restrict}). */
  GET,
  /** {@code List<Entities>}: no entity; restrict the query with {@link JpaCrudService#restrict}. */
  LIST,
  /** {@code Stream<Entities>}: no entity; restrict the query with {@link JpaCrudService#restrict}. */
  STREAM,
  /** {@code Create<Entity>}: the new entity, before it is persisted. */
  CREATE,
  /** {@code Update<Entity>}: the stored entity, before the mask is applied. */
  UPDATE,
  /** {@code Delete<Entity>}: the stored entity, before it is removed. */
  DELETE
}
