package io.jpaproto.grpc;

import jakarta.persistence.EntityManager;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.PersistenceUnitUtil;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.ManagedType;
import jakarta.persistence.metamodel.Metamodel;
import jakarta.persistence.metamodel.PluralAttribute;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Takes an entity about to be deleted out of the loaded inverse collections that hold it: the
 * {@code @OneToMany(mappedBy)} and {@code @ManyToMany(mappedBy)} sides of its relations, on the related entities the
 * persistence context has loaded. A parent whose collection still holds a removed child cascades {@code PERSIST} to it
 * when the context is flushed ({@code Owner.pets} with {@code cascade = ALL}), which silently undoes the delete; JPA
 * leaves keeping both sides in step to the application, so the service does it for the entity it deletes.
 *
 * <p>It reads the relations through the metamodel and the {@code mappedBy} of the mapping annotations. It touches only
 * what is loaded: a relation or collection not yet loaded holds nothing the flush could cascade to, and is not
 * loaded for this.
 */
final class InverseSides {
  private InverseSides() {
  }

  /** Removes {@code entity} from every loaded inverse collection of the entities it is related to. */
  static <E> void leave(EntityManager entityManager, PersistenceUnitUtil util, Class<E> entityClass, E entity) {
    Metamodel metamodel = entityManager.getMetamodel();
    EntityType<E> type = metamodel.entity(entityClass);
    for (Attribute<? super E, ?> relation : type.getAttributes()) {
      if (!relation.isAssociation() || !util.isLoaded(entity, relation.getName())) {
        continue;
      }
      for (Object related : values(read(util, relation.getJavaMember(), entity))) {
        if (related == null || !util.isLoaded(related)) {
          continue; // a proxy not initialised has no loaded collections
        }
        EntityType<?> relatedType = entityType(metamodel, util, related);
        if (relatedType == null) {
          continue;
        }
        for (PluralAttribute<?, ?, ?> inverse : relatedType.getPluralAttributes()) {
          if (relation.getName().equals(mappedBy(inverse.getJavaMember()))
              && inverse.getElementType().getJavaType().isInstance(entity)
              && util.isLoaded(related, inverse.getName())
              && read(util, inverse.getJavaMember(), related) instanceof Collection<?> holders) {
            try {
              holders.removeIf(holder -> holder == entity);
            } catch (UnsupportedOperationException e) {
              // a getter's read-only view: left as it is; the delete's own check still catches an undo
            }
          }
        }
      }
    }
  }

  /** The entity type of {@code related}, a proxy's concrete class included; {@code null} when it is none. */
  private static EntityType<?> entityType(Metamodel metamodel, PersistenceUnitUtil util, Object related) {
    for (Class<?> type = util.getClass(related); type != null && type != Object.class; type = type.getSuperclass()) {
      for (ManagedType<?> managed : metamodel.getEntities()) {
        if (managed.getJavaType() == type) {
          return (EntityType<?>) managed;
        }
      }
    }
    return null;
  }

  /** The targets an attribute's value holds: itself for a to-one, its elements for a collection or map. */
  private static List<Object> values(Object value) {
    List<Object> values = new ArrayList<>();
    if (value instanceof Collection<?> collection) {
      values.addAll(collection);
    } else if (value instanceof Map<?, ?> map) {
      values.addAll(map.values());
    } else if (value != null) {
      values.add(value);
    }
    return values;
  }

  /** The {@code mappedBy} of a to-many mapping, or {@code null}. */
  private static String mappedBy(Member member) {
    if (!(member instanceof AnnotatedElement element)) {
      return null;
    }
    OneToMany oneToMany = element.getAnnotation(OneToMany.class);
    if (oneToMany != null && !oneToMany.mappedBy().isEmpty()) {
      return oneToMany.mappedBy();
    }
    ManyToMany manyToMany = element.getAnnotation(ManyToMany.class);
    if (manyToMany != null && !manyToMany.mappedBy().isEmpty()) {
      return manyToMany.mappedBy();
    }
    return null;
  }

  /**
   * The attribute's value on {@code owner}: its field, or its getter for property access and for a proxy (whose own
   * fields are empty: it answers the getter from the entity it stands for).
   */
  private static Object read(PersistenceUnitUtil util, Member member, Object owner) {
    try {
      if (member instanceof Method method) {
        method.setAccessible(true);
        return method.invoke(owner);
      }
      if (member instanceof Field field) {
        if (util.getClass(owner) != owner.getClass()) {
          Method getter = getter(field);
          return getter == null ? null : getter.invoke(owner);
        }
        field.setAccessible(true);
        return field.get(owner);
      }
      return null;
    } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
      return null; // unreadable: nothing to take the entity out of; the delete's own check still catches an undo
    }
  }

  private static Method getter(Field field) {
    String name = field.getName();
    String suffix = Character.toUpperCase(name.charAt(0)) + name.substring(1);
    for (String prefix : new String[] {"get", "is"}) {
      try {
        Method method = field.getDeclaringClass().getMethod(prefix + suffix);
        if (!Modifier.isStatic(method.getModifiers()) && method.getParameterCount() == 0) {
          return method;
        }
      } catch (NoSuchMethodException e) {
        // no such getter
      }
    }
    return null;
  }
}
