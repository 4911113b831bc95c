package io.jpaproto.processor;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import io.jpaproto.processor.RoundTripModel.Attribute;
import io.jpaproto.processor.RoundTripModel.Kind;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Builds random entities and embeddables for {@link RealisticRoundTripTest}: every published attribute gets a value
 * of its kind (one method per kind below), null only where both JPA and the proto field allow it, and collections of
 * 0..3 elements. Counts what it made per attribute, so the test can check that it exercised optional and repeated
 * fields rather than comparing empty objects.
 */
final class RoundTripPopulator {

  /** How often an attribute was given null, a value, an empty and a non-empty collection. */
  static final class Usage {
    int absent;
    int present;
    int empty;
    int nonEmpty;

    @Override
    public String toString() {
      return "absent " + absent + ", present " + present + ", empty " + empty + ", non-empty " + nonEmpty;
    }
  }

  private static final double NULL_CHANCE = 0.2;
  private static final int MAX_ELEMENTS = 3;

  private final RoundTripModel model;
  private final RoundTripValues values;
  private final Map<String, Usage> usage = new TreeMap<>();

  RoundTripPopulator(RoundTripModel model, RoundTripValues values) {
    this.model = model;
    this.values = values;
  }

  /** Per attribute ({@code Owner.attribute}), what was made so far. */
  Map<String, Usage> usage() {
    return usage;
  }

  /**
   * Whether the populator may leave the attribute null: JPA allows it and the proto field can be absent. Collections
   * are never null: a mapper writes an absent repeated field back as an empty collection.
   */
  boolean nullable(Attribute attribute, FieldDescriptor field) {
    return !attribute.isCollection() && !model.requiredByJpa(attribute) && field.hasPresence();
  }

  /** A new entity or embeddable of {@code type} with random values for every attribute its message has. */
  Object instance(Class<?> type, Descriptor message) {
    if (type.isRecord()) {
      return record(type, message);
    }
    Object instance = RoundTripModel.newInstance(type);
    for (Attribute attribute : model.attributes(type)) {
      if (attribute.published()) {
        attribute.set(instance, value(attribute, field(message, attribute)));
      }
    }
    return instance;
  }

  /** The proto field of a published attribute; fails naming the fields there are when it is missing. */
  static FieldDescriptor field(Descriptor message, Attribute attribute) {
    FieldDescriptor field = message.findFieldByName(attribute.protoName());
    if (field == null) {
      throw new AssertionError("attribute " + attribute + " should be field " + attribute.protoName() + " of "
          + message.getFullName() + ", which has " + message.getFields().stream().map(FieldDescriptor::getName)
          .collect(Collectors.joining(", ")));
    }
    return field;
  }

  private Object value(Attribute attribute, FieldDescriptor field) {
    Usage counts = usage.computeIfAbsent(attribute.toString(), key -> new Usage());
    if (nullable(attribute, field) && values.chance(NULL_CHANCE)) {
      counts.absent++;
      return null;
    }
    Object value = switch (attribute.kind()) {
      case BASIC -> attribute.id() ? assignedId(attribute, field) : element(attribute, attribute.type(), field);
      case EMBEDDED -> instance(attribute.rawType(), field.getMessageType());
      case ELEMENT_COLLECTION -> elementCollection(attribute, field);
      case MAP -> map(attribute, field);
      case TO_ONE -> model.requiredByJpa(attribute)
          ? requiredReference(attribute.rawType(), field)
          : reference(attribute.rawType(), field);
      case TO_MANY -> references(attribute, field);
    };
    counts.present++;
    if (value instanceof Collection<?> collection && collection.isEmpty()
        || value instanceof Map<?, ?> map && map.isEmpty()
        || value != null && value.getClass().isArray() && java.lang.reflect.Array.getLength(value) == 0) {
      counts.empty++;
    } else if (attribute.isCollection()) {
      counts.nonEmpty++;
    }
    return value;
  }

  /** A record embeddable, through its canonical constructor. */
  private Object record(Class<?> type, Descriptor message) {
    RecordComponent[] components = type.getRecordComponents();
    List<Attribute> attributes = model.attributes(type);
    Class<?>[] parameterTypes = new Class<?>[components.length];
    Object[] arguments = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      parameterTypes[i] = components[i].getType();
      arguments[i] = value(attributes.get(i), field(message, attributes.get(i)));
    }
    try {
      Constructor<?> canonical = type.getDeclaredConstructor(parameterTypes);
      canonical.setAccessible(true);
      return canonical.newInstance(arguments);
    } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
      throw new AssertionError(e);
    } catch (InvocationTargetException e) {
      throw RoundTripModel.rethrow(e);
    }
  }

  /** 0..3 basic values, enums or embeddables; a list keeps duplicates, a set drops them. */
  private Object elementCollection(Attribute attribute, FieldDescriptor field) {
    if (attribute.rawType().isArray()) {
      Class<?> component = attribute.rawType().getComponentType();
      int length = values.between(0, MAX_ELEMENTS);
      Object array = java.lang.reflect.Array.newInstance(component, length);
      for (int i = 0; i < length; i++) {
        java.lang.reflect.Array.set(array, i, element(attribute, component, field));
      }
      return array;
    }
    Collection<Object> collection = newCollection(attribute);
    for (int i = values.between(0, MAX_ELEMENTS); i > 0; i--) {
      collection.add(element(attribute, attribute.elementType(), field));
    }
    return collection;
  }

  /** 0..3 entries. */
  private Map<Object, Object> map(Attribute attribute, FieldDescriptor field) {
    FieldDescriptor key = field.getMessageType().findFieldByName("key");
    FieldDescriptor value = field.getMessageType().findFieldByName("value");
    Map<Object, Object> map = new LinkedHashMap<>();
    for (int i = values.between(0, MAX_ELEMENTS); i > 0; i--) {
      map.put(key(attribute.keyType(), key), element(attribute, attribute.elementType(), value));
    }
    return map;
  }

  private Object element(Attribute attribute, java.lang.reflect.Type type, FieldDescriptor field) {
    Class<?> raw = RoundTripModel.raw(type);
    if (model.isEmbeddable(raw)) {
      return instance(raw, field.getMessageType());
    }
    return values.knows(raw) ? basic(attribute, raw, field) : values.structured(type);
  }

  /** A map key: a basic value or an embeddable, not held to the value column's limits. */
  private Object key(java.lang.reflect.Type type, FieldDescriptor field) {
    Class<?> raw = RoundTripModel.raw(type);
    if (model.isEmbeddable(raw)) {
      return instance(raw, field.getMessageType());
    }
    return values.knows(raw) ? values.basic(raw, field) : values.structured(type);
  }

  /**
   * A basic value its column holds, as the generated mappers check: a string within {@code @Column(length)} (255
   * unless given; any length for {@code @Lob}), a decimal within {@code @Column(precision, scale)} (Hibernate's
   * {@code numeric(38,2)} without a precision), an integer within its precision. A {@code columnDefinition} column is
   * not checked, so any value goes.
   */
  private Object basic(Attribute attribute, Class<?> type, FieldDescriptor field) {
    jakarta.persistence.Column column = attribute.annotation(jakarta.persistence.Column.class);
    boolean declared = column != null && !column.columnDefinition().isEmpty();
    boolean precision = column != null && column.precision() > 0;
    if (type == String.class && !declared && attribute.annotation(jakarta.persistence.Lob.class) == null) {
      return values.string(column == null ? 255 : column.length());
    }
    if (type == java.math.BigDecimal.class && !declared) {
      return precision ? values.bigDecimal(column.precision(), column.scale()) : values.bigDecimal(38, 2);
    }
    if (type == java.math.BigInteger.class && !declared && field.getJavaType() == FieldDescriptor.JavaType.STRING) {
      return values.bigInteger(precision ? column.precision() : 38);
    }
    return values.basic(type, field);
  }

  /** A detached target with only its id set. */
  private Object reference(Class<?> target, FieldDescriptor field) {
    return model.reference(target, id(target, field));
  }

  /**
   * An id the application assigns, never the proto default (0 or empty): a required relation to an entity with such
   * an id cannot be told from no relation in a message, and the mapper refuses it as missing.
   */
  private Object assignedId(Attribute attribute, FieldDescriptor field) {
    while (true) {
      Object id = basic(attribute, attribute.rawType(), field);
      if (!isProtoDefault(id)) {
        return id;
      }
    }
  }

  private static boolean isProtoDefault(Object id) {
    return id instanceof Number number && number.longValue() == 0 && number.doubleValue() == 0
        || id instanceof String text && text.isEmpty();
  }

  /**
   * A detached target for a required relation: its id is never the proto default (0 or empty), which a message
   * without the relation holds and the mapper refuses as missing.
   */
  private Object requiredReference(Class<?> target, FieldDescriptor field) {
    while (true) {
      Object id = id(target, field);
      if (!isProtoDefault(id)) {
        return model.reference(target, id);
      }
    }
  }

  /** 0..3 detached targets with distinct ids, in a collection or (a relation held in a map) by key. */
  private Object references(Attribute attribute, FieldDescriptor field) {
    Class<?> target = RoundTripModel.raw(attribute.elementType());
    if (Map.class.isAssignableFrom(attribute.rawType())) {
      FieldDescriptor keyField = field.getMessageType().findFieldByName("key");
      FieldDescriptor valueField = field.getMessageType().findFieldByName("value");
      Class<?> keyType = RoundTripModel.raw(attribute.keyType());
      Map<Object, Object> map = new LinkedHashMap<>();
      for (int i = values.between(0, MAX_ELEMENTS); i > 0; i--) {
        Object key = model.isEntity(keyType) ? reference(keyType, keyField) : values.basic(keyType, keyField);
        map.put(key, reference(target, valueField));
      }
      return map;
    }
    Collection<Object> targets = newCollection(attribute);
    Set<Object> ids = new HashSet<>();
    for (int i = values.between(0, MAX_ELEMENTS); i > 0; i--) {
      Object id = id(target, field);
      if (ids.add(id)) {
        targets.add(model.reference(target, id));
      }
    }
    return targets;
  }

  /** A random id of the target entity: a basic value or, for an {@code @EmbeddedId}, a key instance. */
  Object id(Class<?> target, FieldDescriptor field) {
    Class<?> idClass = RoundTripModel.idClass(target);
    if (idClass != null) {
      Object key = RoundTripModel.newInstance(idClass);
      for (java.lang.reflect.Field part : idClass.getDeclaredFields()) {
        if (!java.lang.reflect.Modifier.isStatic(part.getModifiers())) {
          FieldDescriptor partField = field.getMessageType().findFieldByName(RoundTripModel.snakeCase(part.getName()));
          try {
            part.setAccessible(true);
            part.set(key, values.basic(part.getType(), partField));
          } catch (IllegalAccessException e) {
            throw new AssertionError(e);
          }
        }
      }
      return key;
    }
    Attribute id = model.idAttribute(target);
    if (id.kind() == Kind.EMBEDDED) {
      return instance(id.rawType(), field.getMessageType());
    }
    return basic(id, id.rawType(), field);
  }

  /** A list for {@code List} and {@code Collection}, an insertion-ordered set for {@code Set}. */
  private static Collection<Object> newCollection(Attribute attribute) {
    Class<?> type = attribute.rawType();
    if (type.isAssignableFrom(ArrayList.class)) {
      return new ArrayList<>();
    }
    if (type.isAssignableFrom(LinkedHashSet.class)) {
      return new LinkedHashSet<>();
    }
    throw new AssertionError("no collection for " + attribute + " of type " + type.getName());
  }
}
