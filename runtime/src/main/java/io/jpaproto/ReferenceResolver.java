package io.jpaproto;

/**
 * Turns an id from a message into a reference to an existing entity, without loading it. Generated mappers of entities
 * with relations take one in {@code fromProto}, {@code merge} and {@code update}; {@code entityManager::getReference}
 * is the usual implementation.
 */
@FunctionalInterface
public interface ReferenceResolver {

  /**
   * A reference to the entity of type {@code entityType} with primary key {@code id}.
   *
   * @param entityType the entity class
   * @param id the primary key, as the entity declares it
   * @param <T> the entity type
   * @return the reference; implementations may return an uninitialised proxy
   */
  <T> T getReference(Class<T> entityType, Object id);
}
