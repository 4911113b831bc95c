package io.jpaproto.processor;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What {@link RealisticRoundTripTest} knows about a compiled model, read with reflection: its entities and
 * embeddables, their persistent attributes as JPA sees them (field or property access, mapped superclasses, type
 * arguments of generic superclasses), and how to read, write and create them. Test-only code: it follows the JPA
 * rules the realistic models use and fails loudly on anything it does not understand.
 */
final class RoundTripModel {

  /** How an attribute is mapped, which decides how values are made and compared. */
  enum Kind { BASIC, EMBEDDED, ELEMENT_COLLECTION, MAP, TO_ONE, TO_MANY }

  /**
   * One persistent attribute of {@code owner} (declared there or inherited).
   *
   * @param mapping where its JPA annotations are: the field (field access, records) or the getter (property access)
   * @param published whether it has a proto field: not {@code @ProtoIgnore}, not {@code @ProtoRelation(OMIT)}, not
   *     an inverse side left out by default
   * @param protoName the name of its proto field (meaningful when published)
   */
  record Attribute(Class<?> owner, String name, Kind kind, Type type, AnnotatedElement mapping, Field field,
      Method getter, Method setter, boolean id, boolean generated, boolean version, boolean published,
      String protoName) {

    Class<?> rawType() {
      return raw(type);
    }

    /** The element type of a collection, array or to-many relation; the value type of a map. */
    Type elementType() {
      if (type instanceof Class<?> c && c.isArray()) {
        return c.getComponentType();
      }
      return typeArgument(type, Map.class.isAssignableFrom(rawType()) ? 1 : 0);
    }

    /** Whether it is a JPA attribute converter's (which turns even a collection into one value). */
    boolean converted() {
      return mapping.isAnnotationPresent(jakarta.persistence.Convert.class)
          && !mapping.getAnnotation(jakarta.persistence.Convert.class).disableConversion()
          && mapping.getAnnotation(jakarta.persistence.Convert.class).attributeName().isEmpty();
    }

    /** The key type of a map. */
    Type keyType() {
      return typeArgument(type, 0);
    }

    boolean isCollection() {
      return kind == Kind.ELEMENT_COLLECTION || kind == Kind.MAP || kind == Kind.TO_MANY;
    }

    /** Whether {@code fromProto} must restore it: ids the provider generates and versions are left to JPA. */
    boolean restoredByFromProto() {
      return published && !generated && !version;
    }

    <A extends Annotation> A annotation(Class<A> type) {
      return mapping.getAnnotation(type);
    }

    /** The value, through the getter if there is one, else the field. */
    Object get(Object instance) {
      try {
        if (getter != null) {
          getter.setAccessible(true);
          return getter.invoke(instance);
        }
        field.setAccessible(true);
        return field.get(instance);
      } catch (IllegalAccessException e) {
        throw new AssertionError(e);
      } catch (InvocationTargetException e) {
        throw rethrow(e);
      }
    }

    /** Sets the value through the setter if there is one that takes it, else the field. */
    void set(Object instance, Object value) {
      try {
        if (setter != null && accepts(setter.getParameterTypes()[0], value)) {
          setter.setAccessible(true);
          setter.invoke(instance, value);
          return;
        }
        if (field == null) {
          throw new AssertionError("cannot write " + owner.getName() + "." + name + ": no setter, no field");
        }
        field.setAccessible(true);
        field.set(instance, value);
      } catch (IllegalAccessException e) {
        throw new AssertionError(e);
      } catch (InvocationTargetException e) {
        throw rethrow(e);
      }
    }

    @Override
    public String toString() {
      return owner.getSimpleName() + "." + name;
    }
  }

  /** Arrays the type table maps to one scalar: bytes and text. */
  private static final List<Class<?>> SCALAR_ARRAYS =
      List.of(byte[].class, Byte[].class, char[].class, Character[].class);

  private final List<Class<?>> entities;
  private final List<Class<?>> embeddables;
  /** Member key ({@code binary class name#member}) -> jpaproto annotation simple name -> element value. */
  private final Map<String, Map<String, String>> protoAnnotations;
  private final Map<Class<?>, List<Attribute>> attributes = new ConcurrentHashMap<>();

  RoundTripModel(Collection<Class<?>> classes, Map<String, Map<String, String>> protoAnnotations) {
    this.entities = classes.stream().filter(type -> type.isAnnotationPresent(Entity.class))
        .sorted(Comparator.comparing(Class::getName)).toList();
    this.embeddables = classes.stream().filter(type -> type.isAnnotationPresent(Embeddable.class))
        .sorted(Comparator.comparing(Class::getName)).toList();
    this.protoAnnotations = protoAnnotations;
  }

  /** Every non-abstract entity class. */
  List<Class<?>> concreteEntities() {
    return entities.stream().filter(type -> !Modifier.isAbstract(type.getModifiers())).toList();
  }

  boolean isEntity(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      if (c.isAnnotationPresent(Entity.class)) {
        return true;
      }
    }
    return false;
  }

  boolean isEmbeddable(Class<?> type) {
    return embeddables.contains(type) || type.isAnnotationPresent(Embeddable.class);
  }

  /** The persistent attributes of an entity (inherited ones first) or an embeddable. */
  List<Attribute> attributes(Class<?> type) {
    return attributes.computeIfAbsent(type, this::readAttributes);
  }

  /** The single id attribute ({@code @Id} or {@code @EmbeddedId}) of an entity. */
  Attribute idAttribute(Class<?> entity) {
    List<Attribute> ids = attributes(entity).stream().filter(Attribute::id).toList();
    if (ids.size() != 1) {
      throw new AssertionError(entity.getName() + " has " + ids.size() + " id attributes " + ids
          + "; relations to @IdClass entities are not published");
    }
    return ids.get(0);
  }

  /** The {@code @IdClass} of an entity (declared on it or a superclass), or null. */
  static Class<?> idClass(Class<?> entity) {
    for (Class<?> c = entity; c != null; c = c.getSuperclass()) {
      jakarta.persistence.IdClass idClass = c.getAnnotation(jakarta.persistence.IdClass.class);
      if (idClass != null) {
        return idClass.value();
      }
    }
    return null;
  }

  /**
   * What identifies an entity instance: its id, or for an {@code @IdClass} entity the list of its {@code @Id} values
   * (a derived identity's relation as the target's identity).
   */
  Object identity(Object entity) {
    Class<?> type = entity.getClass();
    if (idClass(type) == null) {
      return idAttribute(type).get(entity);
    }
    List<Object> parts = new ArrayList<>();
    for (Attribute id : attributes(type)) {
      if (id.id()) {
        Object value = id.get(entity);
        parts.add(value != null && id.kind() == Kind.TO_ONE ? identity(value) : value);
      }
    }
    return parts;
  }

  /** The value of a field of an id class instance. */
  static Object idClassPart(Object key, String name) {
    try {
      Field field = key.getClass().getDeclaredField(name);
      field.setAccessible(true);
      return field.get(key);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** The class to instantiate for {@code type}: itself, or the first concrete entity extending it. */
  Class<?> concrete(Class<?> type) {
    if (!Modifier.isAbstract(type.getModifiers())) {
      return type;
    }
    return concreteEntities().stream().filter(type::isAssignableFrom).findFirst()
        .orElseThrow(() -> new AssertionError("no concrete entity extends " + type.getName()));
  }

  /** A new instance through the no-arg constructor, whatever its visibility. */
  static Object newInstance(Class<?> type) {
    try {
      Constructor<?> constructor = type.getDeclaredConstructor();
      constructor.setAccessible(true);
      return constructor.newInstance();
    } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
      throw new AssertionError("cannot instantiate " + type.getName(), e);
    } catch (InvocationTargetException e) {
      throw rethrow(e);
    }
  }

  /** A detached instance of (a concrete subclass of) {@code type} with only its id set, as a reference is. */
  Object reference(Class<?> type, Object id) {
    Object target = newInstance(concrete(type));
    if (idClass(type) == null) {
      idAttribute(type).set(target, id);
      return target;
    }
    for (Attribute part : attributes(type)) {
      if (part.id()) {
        Object value = idClassPart(id, part.name());
        part.set(target, value != null && part.kind() == Kind.TO_ONE ? reference(part.rawType(), value) : value);
      }
    }
    return target;
  }

  /**
   * Whether the JPA annotations forbid null: a primitive, {@code @Column(nullable = false)},
   * {@code optional = false}, {@code @JoinColumn(nullable = false)}, or an embedded value one of whose columns
   * (after {@code @AttributeOverride}s) is not nullable.
   */
  boolean requiredByJpa(Attribute attribute) {
    if (attribute.rawType().isPrimitive()) {
      return true;
    }
    Column column = attribute.annotation(Column.class);
    if (column != null && !column.nullable()) {
      return true;
    }
    ManyToOne manyToOne = attribute.annotation(ManyToOne.class);
    OneToOne oneToOne = attribute.annotation(OneToOne.class);
    if (manyToOne != null && !manyToOne.optional() || oneToOne != null && !oneToOne.optional()) {
      return true;
    }
    JoinColumn joinColumn = attribute.annotation(JoinColumn.class);
    JoinColumns joinColumns = attribute.annotation(JoinColumns.class);
    if (joinColumn != null && !joinColumn.nullable()
        || joinColumns != null && Arrays.stream(joinColumns.value()).anyMatch(join -> !join.nullable())) {
      return true;
    }
    return attribute.kind() == Kind.EMBEDDED && !attribute.id() && embeddedColumnRequired(attribute);
  }

  private boolean embeddedColumnRequired(Attribute embedded) {
    Map<String, Column> overrides = new HashMap<>();
    AttributeOverride single = embedded.annotation(AttributeOverride.class);
    if (single != null) {
      overrides.put(single.name(), single.column());
    }
    AttributeOverrides several = embedded.annotation(AttributeOverrides.class);
    if (several != null) {
      for (AttributeOverride override : several.value()) {
        overrides.put(override.name(), override.column());
      }
    }
    for (Attribute inner : attributes(embedded.rawType())) {
      Column column = overrides.getOrDefault(inner.name(), inner.annotation(Column.class));
      if (inner.rawType().isPrimitive() || column != null && !column.nullable()) {
        return true;
      }
    }
    return false;
  }

  // -----------------------------------------------------------------------------------------------------------------
  // Reading the attributes
  // -----------------------------------------------------------------------------------------------------------------

  private List<Attribute> readAttributes(Class<?> type) {
    if (type.isRecord()) {
      return recordAttributes(type);
    }
    Map<TypeVariable<?>, Type> typeArguments = typeArguments(type);
    List<Class<?>> hierarchy = new ArrayList<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      if (c == type || c.isAnnotationPresent(Entity.class) || c.isAnnotationPresent(MappedSuperclass.class)) {
        hierarchy.add(0, c);
      }
    }
    AccessType defaultAccess = isEmbeddable(type) ? annotatedAccess(type) : idAccess(hierarchy);
    List<Attribute> result = new ArrayList<>();
    for (Class<?> declaring : hierarchy) {
      Access explicit = declaring.getAnnotation(Access.class);
      AccessType access = explicit != null ? explicit.value() : defaultAccess;
      if (access == AccessType.FIELD) {
        for (Field field : declaring.getDeclaredFields()) {
          if (!Modifier.isStatic(field.getModifiers()) && !Modifier.isTransient(field.getModifiers())
              && !field.isSynthetic() && !field.isAnnotationPresent(Transient.class)) {
            Type fieldType = resolve(field.getGenericType(), typeArguments);
            result.add(attribute(type, field.getName(), fieldType, field, field,
                getter(type, field.getName()), setter(type, field.getName(), raw(fieldType))));
          }
        }
      } else {
        // Sorted: the order of getDeclaredMethods() is unspecified, and the order of attributes is the order in
        // which random values are drawn.
        for (Method getter : sortedMethods(declaring)) {
          String name = propertyName(getter);
          if (name != null && !getter.isAnnotationPresent(Transient.class)) {
            Type propertyType = resolve(getter.getGenericReturnType(), typeArguments);
            Method setter = setter(type, name, raw(propertyType));
            if (setter != null) {
              result.add(attribute(type, name, propertyType, getter, field(type, name), getter, setter));
            }
          }
        }
      }
    }
    return List.copyOf(result);
  }

  private List<Attribute> recordAttributes(Class<?> type) {
    List<Attribute> result = new ArrayList<>();
    for (RecordComponent component : type.getRecordComponents()) {
      Field field = field(type, component.getName());
      result.add(attribute(type, component.getName(), component.getGenericType(), field, field,
          component.getAccessor(), null));
    }
    return List.copyOf(result);
  }

  private Attribute attribute(Class<?> owner, String name, Type type, AnnotatedElement mapping, Field field,
      Method getter, Method setter) {
    Kind kind = kind(mapping, raw(type));
    boolean id = mapping.isAnnotationPresent(Id.class) || mapping.isAnnotationPresent(EmbeddedId.class);
    Map<String, String> proto = new HashMap<>();
    if (field != null) {
      proto.putAll(protoAnnotations(field.getDeclaringClass(), field.getName()));
    }
    if (getter != null) {
      proto.putAll(protoAnnotations(getter.getDeclaringClass(), getter.getName()));
    }
    boolean published = !proto.containsKey("ProtoIgnore") && !"OMIT".equals(proto.get("ProtoRelation"))
        && (!isInverse(mapping) || "IDS".equals(proto.get("ProtoRelation"))) && !sharesAColumn(mapping);
    String protoName = proto.getOrDefault("ProtoField", "");
    if (protoName.isEmpty()) {
      protoName = switch (kind) {
        case TO_ONE -> snakeCase(name) + "_id";
        case TO_MANY -> Map.class.isAssignableFrom(raw(type)) ? snakeCase(name) : singular(snakeCase(name)) + "_ids";
        default -> snakeCase(name);
      };
    }
    return new Attribute(owner, name, kind, type, mapping, field, getter, setter, id,
        id && mapping.isAnnotationPresent(GeneratedValue.class), mapping.isAnnotationPresent(Version.class),
        published, protoName);
  }

  /**
   * Whether the attribute is folded into the proto field of another attribute on the same column: a {@code @MapsId}
   * relation (its id travels in the id field), or a read-only twin ({@code insertable = false, updatable = false}; the
   * models use that only beside a writable attribute on the same column).
   */
  static boolean sharesAColumn(AnnotatedElement mapping) {
    Column column = mapping.getAnnotation(Column.class);
    JoinColumn join = mapping.getAnnotation(JoinColumn.class);
    return mapping.isAnnotationPresent(jakarta.persistence.MapsId.class)
        || column != null && !column.insertable() && !column.updatable()
        || join != null && !join.insertable() && !join.updatable();
  }

  /** The jpaproto annotations of a field or method, which reflection cannot see (CLASS retention). */
  private Map<String, String> protoAnnotations(Class<?> declaring, String member) {
    return protoAnnotations.getOrDefault(declaring.getName() + "#" + member, Map.of());
  }

  private Kind kind(AnnotatedElement mapping, Class<?> rawType) {
    if (mapping.isAnnotationPresent(ManyToOne.class) || mapping.isAnnotationPresent(OneToOne.class)) {
      return Kind.TO_ONE;
    }
    if (mapping.isAnnotationPresent(OneToMany.class) || mapping.isAnnotationPresent(ManyToMany.class)) {
      return Kind.TO_MANY;
    }
    if (mapping.isAnnotationPresent(ElementCollection.class)) {
      return Map.class.isAssignableFrom(rawType) ? Kind.MAP : Kind.ELEMENT_COLLECTION;
    }
    if (mapping.isAnnotationPresent(Embedded.class) || mapping.isAnnotationPresent(EmbeddedId.class)
        || isEmbeddable(rawType)) {
      return Kind.EMBEDDED;
    }
    if (rawType.isArray() && !SCALAR_ARRAYS.contains(rawType)
        && !mapping.isAnnotationPresent(jakarta.persistence.Convert.class)) {
      return Kind.ELEMENT_COLLECTION;   // a SQL array: a repeated field
    }
    return Kind.BASIC;
  }

  private static boolean isInverse(AnnotatedElement mapping) {
    OneToMany oneToMany = mapping.getAnnotation(OneToMany.class);
    ManyToMany manyToMany = mapping.getAnnotation(ManyToMany.class);
    OneToOne oneToOne = mapping.getAnnotation(OneToOne.class);
    return oneToMany != null && !oneToMany.mappedBy().isEmpty()
        || manyToMany != null && !manyToMany.mappedBy().isEmpty()
        || oneToOne != null && !oneToOne.mappedBy().isEmpty();
  }

  /** Field access when the id is on a field of the hierarchy, property access when it is on a getter. */
  private static AccessType idAccess(List<Class<?>> hierarchy) {
    for (Class<?> c : hierarchy) {
      for (Field field : c.getDeclaredFields()) {
        if (field.isAnnotationPresent(Id.class) || field.isAnnotationPresent(EmbeddedId.class)) {
          return AccessType.FIELD;
        }
      }
      for (Method method : c.getDeclaredMethods()) {
        if (method.isAnnotationPresent(Id.class) || method.isAnnotationPresent(EmbeddedId.class)) {
          return AccessType.PROPERTY;
        }
      }
    }
    return AccessType.FIELD;
  }

  /** For embeddables: {@code @Access}, else where the JPA annotations are (fields when there are none). */
  private static AccessType annotatedAccess(Class<?> type) {
    Access explicit = type.getAnnotation(Access.class);
    if (explicit != null) {
      return explicit.value();
    }
    boolean annotatedMethod = Arrays.stream(type.getDeclaredMethods()).anyMatch(RoundTripModel::hasJpaAnnotation);
    boolean annotatedField = Arrays.stream(type.getDeclaredFields()).anyMatch(RoundTripModel::hasJpaAnnotation);
    return annotatedMethod && !annotatedField ? AccessType.PROPERTY : AccessType.FIELD;
  }

  private static boolean hasJpaAnnotation(AnnotatedElement element) {
    return Arrays.stream(element.getAnnotations())
        .anyMatch(annotation -> annotation.annotationType().getPackageName().equals("jakarta.persistence"));
  }

  private static List<Method> sortedMethods(Class<?> type) {
    return Arrays.stream(type.getDeclaredMethods())
        .sorted(Comparator.comparing(Method::getName).thenComparing(Method::toGenericString)).toList();
  }

  /** The property a method is the getter of ({@code getX}, or {@code isX} returning boolean), or null. */
  private static String propertyName(Method method) {
    if (Modifier.isStatic(method.getModifiers()) || method.isSynthetic() || method.isBridge()
        || method.getParameterCount() != 0 || method.getReturnType() == void.class) {
      return null;
    }
    String name = method.getName();
    if (name.startsWith("get") && name.length() > 3) {
      return decapitalize(name.substring(3));
    }
    if (name.startsWith("is") && name.length() > 2 && method.getReturnType() == boolean.class) {
      return decapitalize(name.substring(2));
    }
    return null;
  }

  private static Method getter(Class<?> type, String property) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Method method : c.getDeclaredMethods()) {
        if (property.equals(propertyName(method))) {
          return method;
        }
      }
    }
    return null;
  }

  /** The setter of {@code property} that takes {@code valueType}, or null. */
  private static Method setter(Class<?> type, String property, Class<?> valueType) {
    String name = "set" + Character.toUpperCase(property.charAt(0)) + property.substring(1);
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Method method : c.getDeclaredMethods()) {
        if (method.getName().equals(name) && method.getParameterCount() == 1
            && !Modifier.isStatic(method.getModifiers())
            && wrap(method.getParameterTypes()[0]).isAssignableFrom(wrap(valueType))) {
          return method;
        }
      }
    }
    return null;
  }

  private static Field field(Class<?> type, String name) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (field.getName().equals(name) && !Modifier.isStatic(field.getModifiers())) {
          return field;
        }
      }
    }
    return null;
  }

  // -----------------------------------------------------------------------------------------------------------------
  // Types and names
  // -----------------------------------------------------------------------------------------------------------------

  /** The type arguments the class gives its generic superclasses, such as {@code ID -> Long}. */
  private static Map<TypeVariable<?>, Type> typeArguments(Class<?> type) {
    Map<TypeVariable<?>, Type> arguments = new HashMap<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      if (c.getGenericSuperclass() instanceof ParameterizedType parameterized) {
        TypeVariable<?>[] variables = ((Class<?>) parameterized.getRawType()).getTypeParameters();
        Type[] actual = parameterized.getActualTypeArguments();
        for (int i = 0; i < variables.length; i++) {
          arguments.put(variables[i], resolve(actual[i], arguments));
        }
      }
    }
    return arguments;
  }

  private static Type resolve(Type type, Map<TypeVariable<?>, Type> arguments) {
    return type instanceof TypeVariable<?> variable && arguments.containsKey(variable) ? arguments.get(variable) : type;
  }

  static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType parameterized) {
      return (Class<?>) parameterized.getRawType();
    }
    throw new AssertionError("cannot tell the class of " + type);
  }

  private static Type typeArgument(Type type, int index) {
    if (type instanceof ParameterizedType parameterized) {
      return parameterized.getActualTypeArguments()[index];
    }
    throw new AssertionError(type + " has no type arguments");
  }

  static Class<?> wrap(Class<?> type) {
    if (!type.isPrimitive()) {
      return type;
    }
    return switch (type.getName()) {
      case "boolean" -> Boolean.class;
      case "byte" -> Byte.class;
      case "short" -> Short.class;
      case "char" -> Character.class;
      case "int" -> Integer.class;
      case "long" -> Long.class;
      case "float" -> Float.class;
      case "double" -> Double.class;
      default -> throw new AssertionError(type);
    };
  }

  private static boolean accepts(Class<?> parameter, Object value) {
    return value == null ? !parameter.isPrimitive() : wrap(parameter).isInstance(value);
  }

  private static String decapitalize(String name) {
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  /** {@code addressLine2 -> address_line2}: an underscore before each upper-case letter. */
  static String snakeCase(String name) {
    StringBuilder out = new StringBuilder();
    for (char c : name.toCharArray()) {
      if (Character.isUpperCase(c) && out.length() > 0) {
        out.append('_');
      }
      out.append(Character.toLowerCase(c));
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /** {@code specialties -> specialty}, {@code roles -> role}. */
  private static String singular(String plural) {
    if (plural.endsWith("ies")) {
      return plural.substring(0, plural.length() - 3) + "y";
    }
    return plural.endsWith("s") ? plural.substring(0, plural.length() - 1) : plural;
  }

  static RuntimeException rethrow(InvocationTargetException e) {
    Throwable cause = e.getCause();
    if (cause instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    throw new AssertionError(cause);
  }
}
