package io.jpaproto.convert;

import jakarta.persistence.Persistence;

/**
 * Checks generated mappers make on relations: a collection is read only when loaded, so a mapper never loads one
 * behind your back, and a related entity must have an id, so a relation is never dropped from a message silently.
 */
public final class Relations {
  private Relations() {
  }

  /**
   * Throws when a lazy collection or map has not been loaded yet. Reading it would run a query, or fail outside the
   * persistence context; load it explicitly instead (a fetch join or an entity graph).
   *
   * @param collection the collection or map as the entity holds it, not null
   * @param field the proto field name, for the exception message
   * @throws IllegalStateException if the JPA provider says the collection is not loaded
   */
  public static void requireLoaded(Object collection, String field) {
    // A JDK collection (loaded by the bootstrap loader) cannot be a provider's lazy wrapper: skip the provider lookup.
    if (collection.getClass().getClassLoader() == null) {
      return;
    }
    if (!Persistence.getPersistenceUtil().isLoaded(collection)) {
      throw new IllegalStateException("field " + field + ": the collection is not loaded; fetch it with the query "
          + "(join fetch or an entity graph) before mapping, or leave it out with @ProtoRelation(OMIT)");
    }
  }

  /**
   * The id of a related entity. An entity that was never persisted (or flushed, for ids the database assigns) has
   * none yet; writing the message without it would silently drop the relation.
   *
   * @param id the related entity's id, as its getter returns it
   * @param field the proto field name, for the exception message
   * @return {@code id}
   * @throws IllegalStateException if {@code id} is null
   */
  public static <T> T requireId(T id, String field) {
    if (id == null) {
      throw new IllegalStateException("field " + field + ": the related entity has no id yet; persist it (and flush, "
          + "for ids the database assigns) before mapping");
    }
    return id;
  }
}
