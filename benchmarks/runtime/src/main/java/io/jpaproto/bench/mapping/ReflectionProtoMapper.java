package io.jpaproto.bench.mapping;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.EnumValueDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import io.jpaproto.ReferenceResolver;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The "reflection mapper" anchor: a generic mapper between any entity and a {@link DynamicMessage} of a descriptor,
 * as a library that knows neither at compile time would do it. It reads and writes the entity's fields by reflection
 * ({@link Field#get}, {@link Field#set}, a no-arg constructor) and sets message fields through the
 * {@link FieldDescriptor} found by name ({@code firstName} -> {@code first_name}, a to-one relation -> {@code
 * <name>_id}, a to-many relation -> {@code <singular>_ids}). Each value is converted by a type test at run time.
 *
 * <p>It does what such libraries do to stay usable: the field/descriptor pairing of a class is worked out once and
 * cached, and so are the fields of the well-known message types. Per call it pays for reflection, boxing, the
 * run-time type dispatch and {@link DynamicMessage}'s map-based builder and parser.
 */
public final class ReflectionProtoMapper {
  private final ReferenceResolver references;
  private final Map<Class<?>, Plan> plans = new ConcurrentHashMap<>();

  /** A mapper that turns relation ids into references through {@code references}. */
  public ReflectionProtoMapper(ReferenceResolver references) {
    this.references = references;
  }

  /** The serialized message of an entity: mapped by reflection into a DynamicMessage, then written. */
  public byte[] toBytes(Object entity, Descriptor descriptor) {
    return toMessage(entity, descriptor).toByteArray();
  }

  /** A new entity of type {@code type} read from the bytes of a message of {@code descriptor}. */
  public <T> T fromBytes(byte[] bytes, Descriptor descriptor, Class<T> type) {
    try {
      return fromMessage(DynamicMessage.parseFrom(descriptor, bytes), type);
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** The message of an object (an entity or an embeddable). */
  public DynamicMessage toMessage(Object entity, Descriptor descriptor) {
    Plan plan = plan(entity.getClass(), descriptor);
    DynamicMessage.Builder builder = DynamicMessage.newBuilder(descriptor);
    for (Property p : plan.properties) {
      Object value = get(p.field, entity);
      if (value == null) {
        continue;
      }
      FieldDescriptor fd = p.descriptor;
      if (fd.isRepeated()) {
        for (Object element : (Collection<?>) value) {
          builder.addRepeatedField(fd, toProtoValue(p.kind == Kind.RELATION ? get(p.idField, element) : element, p));
        }
      } else {
        builder.setField(fd, toProtoValue(p.kind == Kind.RELATION ? get(p.idField, value) : value, p));
      }
    }
    return builder.build();
  }

  /** A new object of {@code type} holding the values of a message. */
  public <T> T fromMessage(Message message, Class<T> type) {
    Plan plan = plan(type, message.getDescriptorForType());
    T target = newInstance(plan.constructor, type);
    for (Property p : plan.properties) {
      FieldDescriptor fd = p.descriptor;
      Object value;
      if (fd.isRepeated()) {
        List<?> values = (List<?>) message.getField(fd);
        List<Object> list = new ArrayList<>(values.size());
        for (Object v : values) {
          list.add(p.kind == Kind.RELATION
              ? references.getReference(p.elementType, fromProtoValue(v, p.idField.getType(), p))
              : fromProtoValue(v, p.elementType, p));
        }
        value = list;
      } else if (fd.hasPresence() && !message.hasField(fd)) {
        value = null;
      } else if (p.kind == Kind.RELATION) {
        value = references.getReference(p.elementType, fromProtoValue(message.getField(fd), p.idField.getType(), p));
      } else {
        value = fromProtoValue(message.getField(fd), p.field.getType(), p);
      }
      if (value != null || !p.field.getType().isPrimitive()) {
        set(p.field, target, value);
      }
    }
    return target;
  }

  private Object toProtoValue(Object value, Property p) {
    FieldDescriptor fd = p.descriptor;
    if (value instanceof String || value instanceof Long || value instanceof Integer || value instanceof Boolean
        || value instanceof Double || value instanceof Float) {
      return value;
    }
    if (value instanceof BigDecimal d) {
      return d.toString();
    }
    if (value instanceof UUID u) {
      return u.toString();
    }
    if (value instanceof Enum<?> e) {
      return p.enumValues[e.ordinal()];
    }
    if (value instanceof Instant i) {
      return DynamicMessage.newBuilder(fd.getMessageType())
          .setField(Wkt.TIMESTAMP_SECONDS, i.getEpochSecond())
          .setField(Wkt.TIMESTAMP_NANOS, i.getNano())
          .build();
    }
    if (value instanceof LocalDate d) {
      return DynamicMessage.newBuilder(fd.getMessageType())
          .setField(Wkt.DATE_YEAR, d.getYear())
          .setField(Wkt.DATE_MONTH, d.getMonthValue())
          .setField(Wkt.DATE_DAY, d.getDayOfMonth())
          .build();
    }
    if (value instanceof LocalDateTime t) {
      return DynamicMessage.newBuilder(fd.getMessageType())
          .setField(Wkt.DATETIME_YEAR, t.getYear())
          .setField(Wkt.DATETIME_MONTH, t.getMonthValue())
          .setField(Wkt.DATETIME_DAY, t.getDayOfMonth())
          .setField(Wkt.DATETIME_HOURS, t.getHour())
          .setField(Wkt.DATETIME_MINUTES, t.getMinute())
          .setField(Wkt.DATETIME_SECONDS, t.getSecond())
          .setField(Wkt.DATETIME_NANOS, t.getNano())
          .build();
    }
    if (value instanceof Duration d) {
      long seconds = d.getSeconds();
      int nanos = d.getNano();
      if (seconds < 0 && nanos > 0) {
        seconds++;
        nanos -= 1_000_000_000;
      }
      return DynamicMessage.newBuilder(fd.getMessageType())
          .setField(Wkt.DURATION_SECONDS, seconds)
          .setField(Wkt.DURATION_NANOS, nanos)
          .build();
    }
    if (fd.getJavaType() == FieldDescriptor.JavaType.MESSAGE) {
      return toMessage(value, fd.getMessageType()); // an embeddable
    }
    throw new IllegalArgumentException("cannot map " + value.getClass().getName() + " to " + fd.getFullName());
  }

  private Object fromProtoValue(Object value, Class<?> type, Property p) {
    if (type == String.class || type == Long.class || type == long.class || type == Integer.class
        || type == int.class || type == Boolean.class || type == boolean.class || type == Double.class
        || type == double.class || type == Float.class || type == float.class) {
      return value;
    }
    if (type == BigDecimal.class) {
      return new BigDecimal((String) value);
    }
    if (type == UUID.class) {
      return UUID.fromString((String) value);
    }
    if (type.isEnum()) {
      return p.enumConstants.get(((EnumValueDescriptor) value).getNumber());
    }
    Message m = (Message) value;
    if (type == Instant.class) {
      return Instant.ofEpochSecond((Long) m.getField(Wkt.TIMESTAMP_SECONDS), (Integer) m.getField(Wkt.TIMESTAMP_NANOS));
    }
    if (type == LocalDate.class) {
      return LocalDate.of(
          (Integer) m.getField(Wkt.DATE_YEAR), (Integer) m.getField(Wkt.DATE_MONTH), (Integer) m.getField(Wkt.DATE_DAY));
    }
    if (type == LocalDateTime.class) {
      return LocalDateTime.of(
          (Integer) m.getField(Wkt.DATETIME_YEAR), (Integer) m.getField(Wkt.DATETIME_MONTH),
          (Integer) m.getField(Wkt.DATETIME_DAY), (Integer) m.getField(Wkt.DATETIME_HOURS),
          (Integer) m.getField(Wkt.DATETIME_MINUTES), (Integer) m.getField(Wkt.DATETIME_SECONDS),
          (Integer) m.getField(Wkt.DATETIME_NANOS));
    }
    if (type == Duration.class) {
      return Duration.ofSeconds((Long) m.getField(Wkt.DURATION_SECONDS), (Integer) m.getField(Wkt.DURATION_NANOS));
    }
    return fromMessage(m, type); // an embeddable
  }

  private Plan plan(Class<?> type, Descriptor descriptor) {
    Plan plan = plans.get(type);
    if (plan == null) {
      plan = Plan.of(type, descriptor);
      plans.put(type, plan);
    }
    return plan;
  }

  private static Object get(Field field, Object target) {
    try {
      return field.get(target);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void set(Field field, Object target, Object value) {
    try {
      field.set(target, value);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static <T> T newInstance(Constructor<?> constructor, Class<T> type) {
    try {
      return type.cast(constructor.newInstance());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  static String lowerSnake(String camel) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < camel.length(); i++) {
      char c = camel.charAt(i);
      if (Character.isUpperCase(c)) {
        if (i > 0) {
          out.append('_');
        }
        out.append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  static String upperSnake(String camel) {
    return lowerSnake(camel).toUpperCase(Locale.ROOT);
  }

  private static String singular(String plural) {
    if (plural.endsWith("ies")) {
      return plural.substring(0, plural.length() - 3) + "y";
    }
    return plural.endsWith("s") ? plural.substring(0, plural.length() - 1) : plural;
  }

  private enum Kind { VALUE, RELATION }

  /**
   * One persistent field and the message field it travels in; for a relation the target's id field, for an enum the
   * proto values by ordinal and the constants by proto number (null for {@code _UNSPECIFIED}).
   */
  private record Property(Field field, FieldDescriptor descriptor, Kind kind, Class<?> elementType, Field idField,
      EnumValueDescriptor[] enumValues, Map<Integer, Object> enumConstants) {
  }

  /** The properties of a class, worked out once. */
  private record Plan(Constructor<?> constructor, List<Property> properties) {
    static Plan of(Class<?> type, Descriptor descriptor) {
      List<Property> properties = new ArrayList<>();
      for (Field f : type.getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers()) || Modifier.isTransient(f.getModifiers())) {
          continue;
        }
        f.setAccessible(true);
        Class<?> elementType = f.getType();
        boolean many = Collection.class.isAssignableFrom(f.getType());
        if (many) {
          elementType = (Class<?>) ((ParameterizedType) f.getGenericType()).getActualTypeArguments()[0];
        }
        boolean relation = elementType.isAnnotationPresent(Entity.class);
        String name = relation
            ? (many ? lowerSnake(singular(f.getName())) + "_ids" : lowerSnake(f.getName()) + "_id")
            : lowerSnake(f.getName());
        FieldDescriptor fd = descriptor.findFieldByName(name);
        if (fd == null) {
          continue;
        }
        Field idField = null;
        if (relation) {
          for (Field candidate : elementType.getDeclaredFields()) {
            if (candidate.isAnnotationPresent(Id.class)) {
              candidate.setAccessible(true);
              idField = candidate;
            }
          }
        }
        EnumValueDescriptor[] enumValues = null;
        Map<Integer, Object> enumConstants = null;
        if (elementType.isEnum()) {
          // Proto enum values are <ENUM_NAME>_<CONSTANT>, as jpaproto names them.
          String prefix = upperSnake(elementType.getSimpleName()) + "_";
          Object[] constants = elementType.getEnumConstants();
          enumValues = new EnumValueDescriptor[constants.length];
          enumConstants = new HashMap<>();
          for (Object constant : constants) {
            EnumValueDescriptor value = fd.getEnumType().findValueByName(prefix + ((Enum<?>) constant).name());
            enumValues[((Enum<?>) constant).ordinal()] = value;
            enumConstants.put(value.getNumber(), constant);
          }
        }
        properties.add(new Property(
            f, fd, relation ? Kind.RELATION : Kind.VALUE, elementType, idField, enumValues, enumConstants));
      }
      try {
        Constructor<?> constructor = type.getDeclaredConstructor();
        constructor.setAccessible(true);
        return new Plan(constructor, List.copyOf(properties));
      } catch (NoSuchMethodException e) {
        throw new IllegalArgumentException(type + " has no no-arg constructor", e);
      }
    }
  }

  /** The fields of the well-known message types, looked up by name once. */
  private static final class Wkt {
    static final FieldDescriptor TIMESTAMP_SECONDS = field(com.google.protobuf.Timestamp.getDescriptor(), "seconds");
    static final FieldDescriptor TIMESTAMP_NANOS = field(com.google.protobuf.Timestamp.getDescriptor(), "nanos");
    static final FieldDescriptor DURATION_SECONDS = field(com.google.protobuf.Duration.getDescriptor(), "seconds");
    static final FieldDescriptor DURATION_NANOS = field(com.google.protobuf.Duration.getDescriptor(), "nanos");
    static final FieldDescriptor DATE_YEAR = field(com.google.type.Date.getDescriptor(), "year");
    static final FieldDescriptor DATE_MONTH = field(com.google.type.Date.getDescriptor(), "month");
    static final FieldDescriptor DATE_DAY = field(com.google.type.Date.getDescriptor(), "day");
    static final FieldDescriptor DATETIME_YEAR = field(com.google.type.DateTime.getDescriptor(), "year");
    static final FieldDescriptor DATETIME_MONTH = field(com.google.type.DateTime.getDescriptor(), "month");
    static final FieldDescriptor DATETIME_DAY = field(com.google.type.DateTime.getDescriptor(), "day");
    static final FieldDescriptor DATETIME_HOURS = field(com.google.type.DateTime.getDescriptor(), "hours");
    static final FieldDescriptor DATETIME_MINUTES = field(com.google.type.DateTime.getDescriptor(), "minutes");
    static final FieldDescriptor DATETIME_SECONDS = field(com.google.type.DateTime.getDescriptor(), "seconds");
    static final FieldDescriptor DATETIME_NANOS = field(com.google.type.DateTime.getDescriptor(), "nanos");

    private static FieldDescriptor field(Descriptor type, String name) {
      FieldDescriptor fd = type.findFieldByName(name);
      if (fd == null) {
        throw new IllegalStateException(type.getFullName() + " has no field " + name);
      }
      return fd;
    }
  }
}
