package io.jpaproto.examples.library.server;

import io.jpaproto.ReferenceResolver;
import jakarta.persistence.EntityManager;

/**
 * Resolves ids from requests to references, refusing ids that name no row. {@code entityManager::getReference}
 * alone would accept any id and fail later at the foreign key; a public API should say which id was wrong.
 */
final class ExistingReferences implements ReferenceResolver {
  private final EntityManager em;

  ExistingReferences(EntityManager em) {
    this.em = em;
  }

  @Override
  public <T> T getReference(Class<T> entityType, Object id) {
    T entity = em.find(entityType, id);
    if (entity == null) {
      throw new IllegalArgumentException(entityType.getSimpleName() + " " + id + " does not exist");
    }
    return entity;
  }
}
