package io.jpaproto.convert;

import jakarta.persistence.Persistence;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Checks generated mappers make on relations: a collection is read only when loaded, so a mapper never loads one
 * behind your back, and a related entity must have an id, so a relation is never dropped from a message silently.
 */
public final class Relations {
  /** Per class: a handle reading the id of a provider's uninitialised proxy, or {@code null} for other classes. */
  private static final ClassValue<MethodHandle> PROXY_ID = new ClassValue<>() {
    @Override
    protected MethodHandle computeValue(Class<?> type) {
      return proxyIdReader(type);
    }
  };

  private Relations() {
  }

  /**
   * The id of a related entity that a generated mapper reads from its field (an entity without an id getter): where
   * {@code target} is a JPA provider's lazy proxy, the id the proxy holds (a proxy's own fields stay unset until it
   * is initialised), else {@code fieldValue}. Reading the proxy's id does not initialise it. Hibernate's proxies
   * ({@code org.hibernate.proxy.HibernateProxy}) are recognised; the handle that reads them is found once per class.
   *
   * @param target the related entity or its proxy, not null
   * @param fieldValue the value of the id field of {@code target}
   * @return the id
   */
  @SuppressWarnings("unchecked")
  public static <T> T idOf(Object target, T fieldValue) {
    MethodHandle proxyId = PROXY_ID.get(target.getClass());
    if (proxyId == null) {
      return fieldValue;
    }
    try {
      return (T) (Object) proxyId.invokeExact(target);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("cannot read the id of proxy " + target.getClass().getName(), e);
    }
  }

  private static MethodHandle proxyIdReader(Class<?> type) {
    Class<?> proxyInterface = findInterface(type, "org.hibernate.proxy.HibernateProxy");
    if (proxyInterface == null) {
      return null;
    }
    try {
      MethodHandle initializer = MethodHandles.publicLookup()
          .findVirtual(proxyInterface, "getHibernateLazyInitializer", MethodType.methodType(
              Class.forName("org.hibernate.proxy.LazyInitializer", false, proxyInterface.getClassLoader())));
      MethodHandle identifier = MethodHandles.publicLookup()
          .findVirtual(initializer.type().returnType(), "getIdentifier", MethodType.methodType(Object.class));
      return MethodHandles.filterReturnValue(initializer, identifier)
          .asType(MethodType.methodType(Object.class, Object.class));
    } catch (ReflectiveOperationException e) {
      return null;
    }
  }

  private static Class<?> findInterface(Class<?> type, String name) {
    for (Class<?> current = type; current != null; current = current.getSuperclass()) {
      for (Class<?> candidate : current.getInterfaces()) {
        if (candidate.getName().equals(name)) {
          return candidate;
        }
        Class<?> inherited = findInterface(candidate, name);
        if (inherited != null) {
          return inherited;
        }
      }
    }
    return null;
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
