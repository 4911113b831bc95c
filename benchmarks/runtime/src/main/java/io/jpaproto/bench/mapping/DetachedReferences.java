package io.jpaproto.bench.mapping;

import io.jpaproto.ReferenceResolver;
import io.jpaproto.bench.model.Category;
import io.jpaproto.bench.model.Manufacturer;

/**
 * The {@link ReferenceResolver} every benchmark uses: it stands in for {@code entityManager::getReference} by
 * creating a detached instance that holds only the id, as an uninitialised proxy would. Without a JPA provider on the
 * class path there is no entity manager, and this keeps the cost of a reference to one small allocation.
 */
public final class DetachedReferences implements ReferenceResolver {
  /** The shared instance; stateless. */
  public static final DetachedReferences INSTANCE = new DetachedReferences();

  private DetachedReferences() {
  }

  @Override
  public <T> T getReference(Class<T> entityType, Object id) {
    if (entityType == Category.class) {
      return entityType.cast(new Category((Long) id));
    }
    if (entityType == Manufacturer.class) {
      return entityType.cast(new Manufacturer((Long) id));
    }
    throw new IllegalArgumentException("no references to " + entityType.getName());
  }
}
