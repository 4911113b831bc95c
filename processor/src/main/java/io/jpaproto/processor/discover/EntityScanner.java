package io.jpaproto.processor.discover;

import io.jpaproto.processor.model.Accessor;
import io.jpaproto.processor.model.Attribute;
import io.jpaproto.processor.model.ColumnFacts;
import io.jpaproto.processor.model.EntityType;
import io.jpaproto.processor.model.EnumConstant;
import io.jpaproto.processor.model.EnumType;
import io.jpaproto.processor.model.IdClassKey;
import io.jpaproto.processor.model.Shape;
import javax.lang.model.element.RecordComponentElement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads an entity class the way a JPA provider does: the persistent attributes of the entity and of its
 * {@code @Entity} and {@code @MappedSuperclass} superclasses, through field or property access.
 *
 * <p>Access type follows the JPA rules: a class-level {@code @Access} decides for its class; otherwise the placement of
 * {@code @Id} (or {@code @EmbeddedId}) in the hierarchy decides for all of it; without either, field access.
 */
public final class EntityScanner {
  private static final List<String> TO_ONE = List.of("jakarta.persistence.ManyToOne", "jakarta.persistence.OneToOne");
  private static final List<String> TO_MANY =
      List.of("jakarta.persistence.OneToMany", "jakarta.persistence.ManyToMany");
  private static final String ELEMENT_COLLECTION = "jakarta.persistence.ElementCollection";
  private static final String EMBEDDED = "jakarta.persistence.Embedded";
  private static final String JOIN_COLUMN = "jakarta.persistence.JoinColumn";
  private static final String JOIN_COLUMNS = "jakarta.persistence.JoinColumns";
  private static final String NOT_NULL = "jakarta.validation.constraints.NotNull";
  /** Annotations that say the provider or the framework writes the value (see {@link ColumnFacts#assigned}). */
  private static final Set<String> ASSIGNED = Set.of(
      "org.hibernate.annotations.CreationTimestamp", "org.hibernate.annotations.UpdateTimestamp",
      "org.hibernate.annotations.CurrentTimestamp", "org.hibernate.annotations.Generated",
      "org.hibernate.annotations.UuidGenerator", "org.hibernate.annotations.TenantId",
      "org.springframework.data.annotation.CreatedDate", "org.springframework.data.annotation.LastModifiedDate",
      "org.springframework.data.annotation.CreatedBy", "org.springframework.data.annotation.LastModifiedBy");
  /** Arrays the type table maps to one scalar value (bytes, text) rather than a repeated field. */
  private static final java.util.Set<String> SCALAR_ARRAYS =
      java.util.Set.of("byte[]", "java.lang.Byte[]", "char[]", "java.lang.Character[]");

  private final Elements elements;
  private final Types types;
  private final TypeLookup classes;
  private final Annotations annotations;
  private final ConvertAnnotations converts;
  private final boolean javadoc;
  /** Each type read so far, by kind and qualified name (see {@link #scanned}). */
  private final Map<String, EntityType> scanned = new HashMap<>();
  /** {@link #isSubtype} answers by class and supertype name. */
  private final Map<Element, Map<String, Boolean>> subtypes = new HashMap<>();
  /** {@link #idOf} answers by entity name ({@code null}: no single id). */
  private final java.util.Map<String, Attribute> ids = new java.util.HashMap<>();
  /** The named module of the type being scanned (where its mapper is compiled), or {@code null}. */
  private javax.lang.model.element.ModuleElement mapperModule;
  /** {@link #idClassKey} answers by entity name ({@code null}: no id class key). */
  private final java.util.Map<String, IdClassKey> idClassKeys = new java.util.HashMap<>();
  private final AttributeOverrides overrides;
  /** The methods of the entities' supertypes, read once for all of them. */
  private final DeclaredMethods declaredMethods = new DeclaredMethods();
  private final SharedColumns sharedColumns;

  public EntityScanner(Elements elements, Types types, TypeLookup classes, boolean javadoc) {
    this.elements = elements;
    this.types = types;
    this.classes = classes;
    this.annotations = new Annotations(elements);
    this.converts = new ConvertAnnotations(annotations);
    this.javadoc = javadoc;
    this.overrides = new AttributeOverrides(annotations, this::columnFacts);
    this.sharedColumns = new SharedColumns(annotations, this::persistentHierarchy,
        type -> scanEmbeddable(type, EntityType.Kind.EMBEDDABLE).attributes());
  }

  /** The annotation lookups the scan made, indexed per element, for later stages that read the same elements. */
  public Annotations annotations() {
    return annotations;
  }

  /** The entity with the persistent attributes of its whole hierarchy, superclass attributes first. */
  public EntityType scan(TypeElement entity) {
    return scanned(entity, EntityType.Kind.ENTITY);
  }

  /**
   * An embeddable or id class: its fields (field access), its getters ({@code @Access(PROPERTY)}) or, for a record,
   * its components.
   */
  public EntityType scanEmbeddable(TypeElement type, EntityType.Kind kind) {
    return scanned(type, kind);
  }

  /**
   * Each type is read once per compilation: the relations of other entities ask for its id again and again, embedded
   * uses for its parts. Reading a type reports nothing, so the remembered answer is the whole answer.
   */
  private EntityType scanned(TypeElement type, EntityType.Kind kind) {
    String key = kind + " " + type.getQualifiedName();
    EntityType result = scanned.get(key);
    if (result == null) {
      // Not computeIfAbsent: reading a type can read others (its embeddables) first.
      result = kind == EntityType.Kind.ENTITY || type.getKind() != ElementKind.RECORD
          ? scan(type, kind) : scanRecord(type, kind);
      scanned.put(key, result);
    }
    return result;
  }

  private EntityType scanRecord(TypeElement type, EntityType.Kind kind) {
    DeclaredType declared = (DeclaredType) type.asType();
    Methods methods = new Methods(elements, type, declaredMethods);
    List<Attribute> attributes = new ArrayList<>();
    for (RecordComponentElement component : type.getRecordComponents()) {
      ExecutableElement accessor = component.getAccessor();
      TypeMirror resolved = ((ExecutableType) types.asMemberOf(declared, accessor)).getReturnType();
      VariableElement field = backingField(type, component.getSimpleName().toString());
      Element annotated = field != null ? field : accessor;
      Attribute attribute = attribute(type, annotated, component.getSimpleName().toString(), resolved, field,
          methods, packageOf(type), declared);
      attributes.add(withAccessors(attribute,
          Accessor.getter(accessor.getSimpleName().toString(), resolved, accessor, field), null));
    }
    return new EntityType(kind, false, true, type, packageOf(type), nestedName(type), requestedName(type),
        List.copyOf(attributes), doc(type));
  }

  private EntityType scan(TypeElement entity, EntityType.Kind kind) {
    javax.lang.model.element.ModuleElement previous = mapperModule;
    mapperModule = namedModuleOf(entity);
    try {
      return scanHierarchy(entity, kind);
    } finally {
      mapperModule = previous;
    }
  }

  private javax.lang.model.element.ModuleElement namedModuleOf(TypeElement type) {
    javax.lang.model.element.ModuleElement module = elements.getModuleOf(type);
    return module == null || module.isUnnamed() ? null : module;
  }

  private EntityType scanHierarchy(TypeElement entity, EntityType.Kind kind) {
    List<TypeElement> hierarchy = persistentHierarchy(entity);
    boolean propertyDefault = idOnGetter(hierarchy);
    DeclaredType entityType = (DeclaredType) entity.asType();
    Methods methods = new Methods(elements, entity, declaredMethods);
    String mapperPackage = packageOf(entity);
    List<Attribute> attributes = new ArrayList<>();
    for (TypeElement type : hierarchy) {
      boolean property = classAccess(type, propertyDefault);
      if (property) {
        for (ExecutableElement getter : ElementFilter.methodsIn(type.getEnclosedElements())) {
          String name = propertyName(getter);
          if (name != null && isPersistent(getter)) {
            TypeMirror resolved = ((ExecutableType) types.asMemberOf(entityType, getter)).getReturnType();
            redeclare(attributes, attribute(type, getter, name, resolved, backingField(type, name), methods,
                mapperPackage, entityType));
          }
        }
      } else {
        for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
          if (isPersistent(field)) {
            TypeMirror resolved = types.asMemberOf(entityType, field);
            redeclare(attributes, attribute(type, field, field.getSimpleName().toString(), resolved, field, methods,
                mapperPackage, entityType));
          }
        }
      }
    }
    List<Attribute> overridden = overrides.applyInherited(hierarchy, attributes);
    return new EntityType(
        kind,
        entity.getModifiers().contains(Modifier.ABSTRACT),
        false,
        entity,
        packageOf(entity),
        nestedName(entity),
        requestedName(entity),
        List.copyOf(overridden),
        doc(entity),
        kind == EntityType.Kind.ENTITY ? sharedColumns.find(overridden) : List.of());
  }

  /**
   * Adds an attribute, or replaces the one of the same name a superclass declares: a subclass field that hides a
   * mapped superclass field (or a getter that overrides one) is the more specific mapping of the same attribute.
   */
  private static void redeclare(List<Attribute> attributes, Attribute attribute) {
    for (int i = 0; i < attributes.size(); i++) {
      if (attributes.get(i).name().equals(attribute.name())) {
        attributes.set(i, attribute);
        return;
      }
    }
    attributes.add(attribute);
  }

  /**
   * The embeddable as its {@code uses} see it: a part is nullable when any use's {@code @AttributeOverride} gives it
   * a nullable column.
   */
  public EntityType withUses(EntityType embeddable, EmbeddedUses uses) {
    return AttributeOverrides.relax(embeddable,
        overrides.nullableInSomeUse(uses.of(embeddable.element().getQualifiedName().toString())));
  }

  /**
   * The column {@code part} of an embeddable has where {@code embedded} uses it, as that use's
   * {@code @AttributeOverride} declares it (the override's {@code @Column} replaces the part's own), or {@code null}
   * where the use does not override it.
   */
  public ColumnFacts overriddenColumn(Attribute embedded, Attribute part) {
    AnnotationMirror column = overrides.attributeOverrides(embedded.element()).get(part.name());
    return column == null ? null : columnFacts(part.element(), column, null);
  }

  /**
   * The attribute a relation to {@code entity} carries: its single {@code @Id} or its {@code @EmbeddedId}, or
   * {@code null} for an {@code @IdClass} key (or none).
   */
  public Attribute idOf(TypeElement entity) {
    String name = entity.getQualifiedName().toString();
    if (!ids.containsKey(name)) {
      ids.put(name, findId(entity));
    }
    return ids.get(name);
  }

  private Attribute findId(TypeElement entity) {
    if (hasIdClass(entity)) {
      return null;
    }
    Attribute found = null;
    for (Attribute attribute : scan(entity).attributes()) {
      boolean id = attribute.column().id() || annotations.present(attribute.element(), Annotations.EMBEDDED_ID);
      if (id && found != null) {
        return null;
      }
      found = id ? attribute : found;
    }
    return found;
  }

  /**
   * The key a relation to {@code entity} carries when the entity has an {@code @IdClass}: the id class, each of its
   * attributes paired with the entity's {@code @Id} attribute of the same name (and, for a derived identity, the
   * target's id); {@code null} when the entity has no id class or the two do not pair up.
   */
  public IdClassKey idClassKey(TypeElement entity) {
    String name = entity.getQualifiedName().toString();
    if (!idClassKeys.containsKey(name)) {
      idClassKeys.put(name, findIdClassKey(entity));
    }
    return idClassKeys.get(name);
  }

  private IdClassKey findIdClassKey(TypeElement entity) {
    TypeElement idClass = null;
    for (TypeElement type : persistentHierarchy(entity)) {
      AnnotationMirror mirror = annotations.mirror(type, Annotations.ID_CLASS);
      if (mirror != null && annotations.type(mirror, "value") instanceof DeclaredType declared) {
        idClass = (TypeElement) declared.asElement();
      }
    }
    if (idClass == null) {
      return null;
    }
    EntityType key = scanEmbeddable(idClass, EntityType.Kind.ID_CLASS);
    List<Attribute> attributes = scan(entity).attributes();
    List<IdClassKey.Part> parts = new ArrayList<>();
    for (Attribute part : key.attributes()) {
      Attribute entityPart = null;
      for (Attribute candidate : attributes) {
        if (candidate.name().equals(part.name()) && candidate.column().id()) {
          entityPart = candidate;
          break;
        }
      }
      if (entityPart == null) {
        return null;
      }
      Attribute derived = null;
      if (entityPart.shape() == Shape.TO_ONE) {
        derived = idOf((TypeElement) ((DeclaredType) entityPart.type()).asElement());
        if (derived == null) {
          return null;
        }
      }
      parts.add(new IdClassKey.Part(part, entityPart, derived));
    }
    return new IdClassKey(entity, key, List.copyOf(parts));
  }

  private boolean hasIdClass(TypeElement entity) {
    for (TypeElement type : persistentHierarchy(entity)) {
      if (annotations.present(type, Annotations.ID_CLASS)) {
        return true;
      }
    }
    return false;
  }

  /** The enum with its constants in declaration order. */
  public EnumType scanEnum(TypeElement enumElement) {
    List<EnumConstant> constants = new ArrayList<>();
    for (VariableElement field : ElementFilter.fieldsIn(enumElement.getEnclosedElements())) {
      if (field.getKind() == ElementKind.ENUM_CONSTANT) {
        constants.add(new EnumConstant(
            field, field.getSimpleName().toString(), annotations.fieldOverride(field), doc(field)));
      }
    }
    return new EnumType(
        enumElement,
        packageOf(enumElement),
        nestedName(enumElement),
        requestedName(enumElement),
        List.copyOf(constants),
        doc(enumElement));
  }

  /** The Java package of a type. */
  public String packageOf(TypeElement type) {
    return elements.getPackageOf(type).getQualifiedName().toString();
  }

  /**
   * The type and its {@code @Entity} and {@code @MappedSuperclass} superclasses, the topmost first: the types whose
   * members hold persistent attributes.
   */
  public List<TypeElement> persistentHierarchy(TypeElement entity) {
    List<TypeElement> hierarchy = new ArrayList<>();
    TypeElement current = entity;
    while (current != null) {
      if (current == entity
          || annotations.present(current, Annotations.ENTITY)
          || annotations.present(current, Annotations.MAPPED_SUPERCLASS)) {
        hierarchy.add(0, current);
      }
      TypeMirror superclass = current.getSuperclass();
      current = superclass.getKind() == TypeKind.DECLARED
          ? (TypeElement) ((DeclaredType) superclass).asElement()
          : null;
    }
    return hierarchy;
  }

  private boolean idOnGetter(List<TypeElement> hierarchy) {
    for (TypeElement type : hierarchy) {
      for (Element member : type.getEnclosedElements()) {
        if (annotations.present(member, Annotations.ID) || annotations.present(member, Annotations.EMBEDDED_ID)) {
          return member.getKind() == ElementKind.METHOD;
        }
      }
    }
    return false;
  }

  private boolean classAccess(TypeElement type, boolean propertyDefault) {
    AnnotationMirror access = annotations.mirror(type, Annotations.ACCESS);
    if (access == null) {
      return propertyDefault;
    }
    return annotations.enumConstant(access, "value").equals("PROPERTY");
  }

  private boolean isPersistent(Element member) {
    Set<Modifier> modifiers = member.getModifiers();
    return !modifiers.contains(Modifier.STATIC)
        && !modifiers.contains(Modifier.TRANSIENT)
        && !annotations.present(member, Annotations.TRANSIENT)
        && !annotations.present(member, Annotations.PROTO_IGNORE);
  }

  /** The JavaBeans property name of a getter, or {@code null} where the method is not a getter. */
  private static String propertyName(ExecutableElement method) {
    if (!method.getParameters().isEmpty() || method.getReturnType().getKind() == TypeKind.VOID) {
      return null;
    }
    String name = method.getSimpleName().toString();
    if (name.startsWith("get") && name.length() > 3) {
      return decapitalize(name.substring(3));
    }
    if (name.startsWith("is") && name.length() > 2 && method.getReturnType().getKind() == TypeKind.BOOLEAN) {
      return decapitalize(name.substring(2));
    }
    return null;
  }

  /** JavaBeans decapitalisation: {@code Name} -> {@code name}, but {@code URL} stays {@code URL}. */
  private static String decapitalize(String name) {
    if (name.length() > 1 && Character.isUpperCase(name.charAt(0)) && Character.isUpperCase(name.charAt(1))) {
      return name;
    }
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  private static VariableElement backingField(TypeElement type, String name) {
    for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
      if (field.getSimpleName().contentEquals(name)) {
        return field;
      }
    }
    return null;
  }

  private Attribute attribute(TypeElement declaring, Element element, String name, TypeMirror type,
      VariableElement backingField, Methods methods, String mapperPackage, DeclaredType owner) {
    String text = doc(element);
    if (text == null && backingField != null && backingField != element) {
      text = doc(backingField);
    }
    Classified classified = classify(element, type);
    return new Attribute(
        element,
        declaring.getSimpleName().toString(),
        name,
        type,
        TypeNames.canonicalName(types, type),
        columnFacts(element),
        annotations.fieldOverride(element),
        text,
        classified.shape(),
        classified.elementType(),
        classified.keyType(),
        classified.unsupported(),
        omitted(element, classified.shape()),
        annotations.present(element, Annotations.PROTO_EXPOSED),
        reader(name, type, classified.elementType(), backingField, methods, mapperPackage, owner),
        writer(name, backingField, methods, mapperPackage));
  }

  /**
   * A getter visible from the mapper's package that returns the attribute's type (a getter returning a copy of another
   * type, such as a sorted {@code List} view of a {@code Set}, does not count), else a visible field, else
   * {@code null}.
   */
  private Accessor reader(String name, TypeMirror type, TypeMirror elementType, VariableElement field,
      Methods methods, String mapperPackage, DeclaredType owner) {
    String capitalized = capitalize(name);
    for (ExecutableElement method : methods.named("get" + capitalized, "is" + capitalized)) {
      String methodName = method.getSimpleName().toString();
      boolean getter = methodName.equals("get" + capitalized) || type.getKind() == TypeKind.BOOLEAN;
      if (getter && method.getParameters().isEmpty() && !method.getModifiers().contains(Modifier.STATIC)
          && visible(method, mapperPackage)) {
        TypeMirror returned = ((ExecutableType) types.asMemberOf(owner, method)).getReturnType();
        if (types.isAssignable(returned, type) || isCollectionOf(returned, type, elementType)) {
          return Accessor.getter(methodName, returned, method, reachable(field) ? field : null);
        }
      }
    }
    return field != null && reachable(field) ? Accessor.field(field, type) : null;
  }

  /**
   * Whether a getter of a collection attribute returns another collection of the same elements, such as a sorted
   * {@code List} view of a {@code Set} field: enough to read the elements.
   */
  private boolean isCollectionOf(TypeMirror returned, TypeMirror type, TypeMirror elementType) {
    if (elementType == null || !isSubtype(type, "java.util.Collection") || !isSubtype(returned, "java.util.Collection")
        || returned.getKind() != TypeKind.DECLARED) {
      return false;
    }
    List<? extends TypeMirror> arguments = ((DeclaredType) returned).getTypeArguments();
    return arguments.size() == 1 && types.isAssignable(arguments.get(0), elementType);
  }

  /** A setter visible from the mapper's package, else a visible non-final field, else {@code null}. */
  private Accessor writer(String name, VariableElement field, Methods methods, String mapperPackage) {
    String setter = "set" + capitalize(name);
    for (ExecutableElement method : methods.named(setter)) {
      if (method.getParameters().size() == 1
          && !method.getModifiers().contains(Modifier.STATIC) && visible(method, mapperPackage)) {
        return Accessor.setter(setter, method, writable(field) ? field : null);
      }
    }
    return writable(field) ? Accessor.field(field, null) : null;
  }

  private boolean writable(VariableElement field) {
    return field != null && !field.getModifiers().contains(Modifier.FINAL) && reachable(field);
  }

  /**
   * Whether generated code in the entity's module can reach {@code field}, at worst through
   * {@code MethodHandles.privateLookupIn}: always within one module or on the class path; in another named module
   * only where that module opens the field's package (an {@code open module}, or {@code opens}).
   */
  private boolean reachable(VariableElement field) {
    if (field == null) {
      return false;
    }
    if (mapperModule == null) {
      return true;
    }
    javax.lang.model.element.ModuleElement module = elements.getModuleOf(field);
    if (module == null || module.isUnnamed() || module.equals(mapperModule) || module.isOpen()) {
      return true;
    }
    String fieldPackage = elements.getPackageOf(field).getQualifiedName().toString();
    for (javax.lang.model.element.ModuleElement.OpensDirective opens
        : ElementFilter.opensIn(module.getDirectives())) {
      if (opens.getPackage().getQualifiedName().contentEquals(fieldPackage)
          && (opens.getTargetModules() == null || opens.getTargetModules().isEmpty()
              || opens.getTargetModules().contains(mapperModule))) {
        return true;
      }
    }
    return false;
  }

  /** Whether generated code in {@code mapperPackage} may use {@code member}. */
  private boolean visible(Element member, String mapperPackage) {
    Set<Modifier> modifiers = member.getModifiers();
    if (modifiers.contains(Modifier.PUBLIC)) {
      return true;
    }
    return !modifiers.contains(Modifier.PRIVATE)
        && packageOf((TypeElement) member.getEnclosingElement()).equals(mapperPackage);
  }

  /** {@code firstName} -> {@code FirstName}, as JavaBeans accessor names are formed. */
  private static String capitalize(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private ColumnFacts columnFacts(Element element) {
    return columnFacts(element, null, null);
  }

  /**
   * The facts of an attribute; {@code columnOverride} and {@code joinOverride}, where given, replace its own
   * {@code @Column} and {@code @JoinColumn} (an {@code @AttributeOverride} or {@code @AssociationOverride}).
   */
  private ColumnFacts columnFacts(Element element, AnnotationMirror columnOverride,
      List<AnnotationMirror> joinOverride) {
    boolean nullable = true;
    int length = 255;
    int precision = 0;
    int scale = 0;
    String definition = "";
    boolean updatable = true;
    AnnotationMirror column = columnOverride != null ? columnOverride : annotations.mirror(element, Annotations.COLUMN);
    if (column != null) {
      updatable = annotations.bool(column, "updatable");
      nullable = annotations.bool(column, "nullable");
      length = annotations.integer(column, "length");
      precision = annotations.integer(column, "precision");
      scale = annotations.integer(column, "scale");
      definition = annotations.string(column, "columnDefinition");
    }
    AnnotationMirror basic = annotations.mirror(element, Annotations.BASIC);
    if (basic != null && !annotations.bool(basic, "optional")) {
      nullable = false;
    }
    if (annotations.present(element, NOT_NULL)) {
      nullable = false;
    }
    for (String relation : TO_ONE) {
      AnnotationMirror toOne = annotations.mirror(element, relation);
      if (toOne != null && !annotations.bool(toOne, "optional")) {
        nullable = false;
      }
    }
    AnnotationMirror joinColumn = annotations.mirror(element, JOIN_COLUMN);
    List<AnnotationMirror> joins = joinOverride != null ? joinOverride
        : joinColumn != null ? List.of(joinColumn) : List.of();
    for (AnnotationMirror join : joins) {
      if (!annotations.bool(join, "nullable")) {
        nullable = false;
      }
      if (!annotations.bool(join, "updatable")) {
        updatable = false;
      }
    }
    return new ColumnFacts(
        nullable,
        length,
        precision,
        scale,
        definition,
        annotations.present(element, Annotations.ID),
        annotations.present(element, Annotations.GENERATED_VALUE),
        annotations.present(element, Annotations.VERSION),
        annotations.present(element, Annotations.LOB),
        updatable,
        false,
        annotations.anyOf(element, ASSIGNED));
  }

  /** An attribute with other accessors, for record components. */
  private static Attribute withAccessors(Attribute a, Accessor reader, Accessor writer) {
    return new Attribute(a.element(), a.declaringType(), a.name(), a.type(), a.typeName(), a.column(), a.override(),
        a.javadoc(), a.shape(), a.elementType(), a.keyType(), a.unsupported(), a.omitted(), a.exposed(), reader,
        writer);
  }

  /** What JPA makes of the attribute, with its element and key types where it has them. */
  private record Classified(Shape shape, TypeMirror elementType, TypeMirror keyType, String unsupported) {
    static Classified of(Shape shape) {
      return new Classified(shape, null, null, null);
    }

    static Classified unsupported(String why) {
      return new Classified(Shape.UNSUPPORTED, null, null, why);
    }
  }

  private Classified classify(Element element, TypeMirror type) {
    boolean collection = isSubtype(type, "java.util.Collection");
    boolean map = isSubtype(type, "java.util.Map");
    List<? extends TypeMirror> arguments = type.getKind() == TypeKind.DECLARED
        ? ((DeclaredType) type).getTypeArguments()
        : List.of();
    if (annotations.present(element, Annotations.EMBEDDED_ID) || annotations.present(element, EMBEDDED)
        || isAnnotatedType(type, Annotations.EMBEDDABLE)) {
      return isAnnotatedType(type, Annotations.EMBEDDABLE)
          ? Classified.of(Shape.EMBEDDED)
          : Classified.unsupported("an @Embedded attribute whose type is not an @Embeddable");
    }
    for (String annotation : TO_ONE) {
      if (annotations.present(element, annotation)) {
        return isAnnotatedType(type, Annotations.ENTITY)
            ? Classified.of(Shape.TO_ONE)
            : Classified.unsupported("a relation to " + type + ", which is not an @Entity");
      }
    }
    for (String annotation : TO_MANY) {
      if (annotations.present(element, annotation)) {
        if (map && arguments.size() == 2) {
          return isAnnotatedType(arguments.get(1), Annotations.ENTITY)
              ? new Classified(Shape.TO_MANY, arguments.get(1), arguments.get(0), null)
              : Classified.unsupported("a relation to " + arguments.get(1) + ", which is not an @Entity");
        }
        if (!collection || arguments.size() != 1) {
          return Classified.unsupported("a to-many relation that is not a typed Collection");
        }
        return isAnnotatedType(arguments.get(0), Annotations.ENTITY)
            ? new Classified(Shape.TO_MANY, arguments.get(0), null, null)
            : Classified.unsupported("a relation to " + arguments.get(0) + ", which is not an @Entity");
      }
    }
    if (annotations.present(element, ELEMENT_COLLECTION)) {
      if (map && arguments.size() == 2) {
        return new Classified(Shape.MAP, arguments.get(1), arguments.get(0), null);
      }
      if (collection && arguments.size() == 1) {
        return new Classified(Shape.ELEMENT_COLLECTION, arguments.get(0), null, null);
      }
      return Classified.unsupported("an @ElementCollection that is not a typed Collection or Map");
    }
    if (isAnnotatedType(type, Annotations.ENTITY)
        && (annotations.present(element, JOIN_COLUMN) || annotations.present(element, JOIN_COLUMNS))) {
      // Providers default an entity-typed attribute with a join column to a to-one relation.
      return Classified.of(Shape.TO_ONE);
    }
    if (isAnnotatedType(type, Annotations.ENTITY)) {
      return Classified.unsupported("a reference to an entity without @ManyToOne or @OneToOne");
    }
    if (type.getKind() == TypeKind.ARRAY && !SCALAR_ARRAYS.contains(TypeNames.canonicalName(types, type))
        && !converts.convertsWhole(element)) {
      // Hibernate 6+ stores an array of basic values as one SQL array: a repeated field of the element's type.
      return new Classified(Shape.ELEMENT_COLLECTION, ((javax.lang.model.type.ArrayType) type).getComponentType(),
          null, null);
    }
    if ((collection || map) && converts.convertsWhole(element)) {
      return Classified.of(Shape.BASIC);   // one value in one column, through the JPA attribute converter
    }
    if (collection || map) {
      return Classified.unsupported("a collection without @ElementCollection, @OneToMany or @ManyToMany");
    }
    return Classified.of(Shape.BASIC);
  }

  private boolean isAnnotatedType(TypeMirror type, String annotation) {
    return type.getKind() == TypeKind.DECLARED
        && annotations.present(((DeclaredType) type).asElement(), annotation);
  }

  /** Whether a relation is left out: {@code @ProtoRelation(OMIT)}, or an inverse ({@code mappedBy}) side by default. */
  private boolean omitted(Element element, Shape shape) {
    if (shape != Shape.TO_ONE && shape != Shape.TO_MANY) {
      return false;
    }
    AnnotationMirror style = annotations.mirror(element, Annotations.PROTO_RELATION);
    if (style != null) {
      return annotations.enumConstant(style, "value").equals("OMIT");
    }
    for (String annotation : List.of("jakarta.persistence.OneToMany", "jakarta.persistence.ManyToMany",
        "jakarta.persistence.OneToOne")) {
      AnnotationMirror relation = annotations.mirror(element, annotation);
      if (relation != null && !annotations.string(relation, "mappedBy").isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private boolean isSubtype(TypeMirror type, String qualifiedName) {
    if (type.getKind() == TypeKind.DECLARED) {
      // The answer depends on the class only: remember it per class.
      Element element = ((DeclaredType) type).asElement();
      Map<String, Boolean> known = subtypes.get(element);
      if (known == null) {
        known = new HashMap<>();
        subtypes.put(element, known);
      }
      Boolean subtype = known.get(qualifiedName);
      if (subtype == null) {
        subtype = assignable(type, qualifiedName);
        known.put(qualifiedName, subtype);
      }
      return subtype;
    }
    return assignable(type, qualifiedName);
  }

  private boolean assignable(TypeMirror type, String qualifiedName) {
    TypeElement target = classes.find(qualifiedName);
    return target != null && types.isAssignable(types.erasure(type), types.erasure(target.asType()));
  }

  private String requestedName(TypeElement type) {
    AnnotationMirror mirror = annotations.mirror(type, Annotations.PROTO_MESSAGE);
    return mirror == null ? "" : annotations.string(mirror, "name").trim();
  }

  private static String nestedName(TypeElement type) {
    StringBuilder name = new StringBuilder(type.getSimpleName());
    Element enclosing = type.getEnclosingElement();
    while (enclosing instanceof TypeElement outer) {
      name.insert(0, outer.getSimpleName());
      enclosing = outer.getEnclosingElement();
    }
    return name.toString();
  }

  private String doc(Element element) {
    return javadoc ? JavadocText.clean(elements.getDocComment(element)) : null;
  }
}
