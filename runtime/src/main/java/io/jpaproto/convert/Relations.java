package io.jpaproto.convert;

import jakarta.persistence.Persistence;

/** Checks generated mappers make before they read a collection, so a mapper never loads one behind your back. */
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
}
