package io.jpaproto.processor.types;

import io.jpaproto.processor.discover.Annotations;
import io.jpaproto.processor.model.Attribute;
import io.jpaproto.processor.model.ColumnFacts;
import io.jpaproto.processor.model.FieldOverride;
import io.jpaproto.processor.model.IdClassKey;
import io.jpaproto.processor.model.Shape;
import io.jpaproto.processor.report.Diagnostic;
import io.jpaproto.processor.report.Reporter;
import java.util.function.Function;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Decides the proto type of each attribute: a {@code @ProtoField} override first, then the table. Embeddables become
 * their message, relations the type of the target's id, collections and maps the type of their elements. Reports an
 * error on the attribute where no decision is possible.
 */
public final class AttributeTypeMapper {
  private final TypeMappingTable table;
  private final Reporter reporter;
  private final Types types;
  /** The scanner's, which has read the attributes' annotations already. */
  private final Annotations annotations;
  private final Function<TypeElement, Attribute> idOf;
  private final ColumnWidths columnWidths;
  private final AttributeConverters converters;
  private final Function<TypeElement, IdClassKey> keyOf;

  /**
   * @param idOf the id attribute of an entity ({@code @Id} or {@code @EmbeddedId}), or {@code null} where it has none
   *     that a relation can carry
   * @param keyOf the {@code @IdClass} key of an entity, or {@code null} where it has none
   * @param converters the JPA attribute converters of the compilation
   */
  public AttributeTypeMapper(TypeMappingTable table, Reporter reporter, Types types, Annotations annotations,
      Function<TypeElement, Attribute> idOf, Function<TypeElement, IdClassKey> keyOf, AttributeConverters converters) {
    this.table = table;
    this.annotations = annotations;
    this.reporter = reporter;
    this.types = types;
    this.idOf = idOf;
    this.columnWidths = new ColumnWidths(reporter);
    this.converters = converters;
    this.keyOf = keyOf;
  }

  /** The mapping of an attribute, or {@code null} after reporting why there is none. */
  public TypeMapping map(Attribute attribute) {
    FieldOverride override = attribute.override();
    if (override != null && override.converter().equals(Annotations.UNRESOLVED)
        || !converters.placementValid(attribute)) {
      return null;
    }
    return switch (attribute.shape()) {
      case UNSUPPORTED -> {
        reporter.report(Diagnostic.UNSUPPORTED_RELATION, attribute.element(), attribute.describe(),
            attribute.unsupported());
        yield null;
      }
      case EMBEDDED -> embeddable(attribute, attribute.type());
      case TO_ONE, TO_MANY -> relation(attribute);
      case ELEMENT_COLLECTION -> value(attribute, attribute.elementType());
      case MAP -> mapOfValues(attribute);
      case BASIC -> {
        columnWidths.check(attribute);
        yield override != null && !override.type().isEmpty()
            ? mapOverride(attribute, override)
            : value(attribute, attribute.type());
      }
    };
  }

  private TypeMapping relation(Attribute attribute) {
    TypeElement target = (TypeElement) ((DeclaredType) attribute.valueType()).asElement();
    if (attribute.shape() == Shape.TO_ONE && !annotations.present(attribute.element(), "jakarta.persistence.ManyToOne")
        && !annotations.present(attribute.element(), "jakarta.persistence.OneToOne")) {
      reporter.report(Diagnostic.DEFAULTED_TO_ONE, attribute.element(), attribute.describe(),
          target.getSimpleName());
    }
    TypeMapping value = relationValue(attribute, target);
    if (value == null || attribute.keyType() == null) {
      return value;
    }
    TypeMapping key = mapKey(attribute);
    return key == null ? null
        : new TypeMapping(value.protoType(), value.conversion(), value.origin(), value.targetId(), key,
            value.targetKey());
  }

  /**
   * The key of a relation held in a map: a basic key ({@code @MapKey}, {@code @MapKeyColumn}), or an entity key
   * ({@code @MapKeyJoinColumn}), which travels as its id. Proto map keys are integers, booleans or strings.
   */
  private TypeMapping mapKey(Attribute attribute) {
    TypeMirror keyType = attribute.keyType();
    TypeMapping key;
    if (keyType.getKind() == TypeKind.DECLARED
        && annotations.present(((DeclaredType) keyType).asElement(), Annotations.ENTITY)) {
      TypeElement keyEntity = (TypeElement) ((DeclaredType) keyType).asElement();
      Attribute id = idOf.apply(keyEntity);
      TypeMapping idMapping = id == null || id.shape() != Shape.BASIC ? null : value(id, id.type());
      key = idMapping == null ? null : new TypeMapping(idMapping.protoType(), idMapping.conversion(),
          "id of " + keyEntity.getSimpleName() + " (" + idMapping.origin() + ")", id, null);
    } else if (keyType.getKind() == TypeKind.DECLARED
        && annotations.present(((DeclaredType) keyType).asElement(), Annotations.EMBEDDABLE)) {
      key = null;
    } else {
      key = enumKeyByName(value(attribute, keyType));
      if (key == null) {
        return null;
      }
    }
    if (key == null || !ProtoType.MAP_KEYS.contains(key.protoType().name())) {
      String becomes = key == null ? "a message"
          : key.protoType().kind() == ProtoType.Kind.JAVA_ENUM ? "a proto enum" : key.protoType().name();
      reporter.report(Diagnostic.UNSUPPORTED_MAP_KEY, attribute.element(), attribute.describe(), name(keyType),
          becomes);
      return null;
    }
    return key;
  }

  /**
   * A map key that would be a Java enum travels as the constant's name ({@code map<string, ...>}): proto map keys
   * cannot be enums. The name is what {@code @MapKeyEnumerated(STRING)} stores; an ordinal key travels by name too.
   */
  private static TypeMapping enumKeyByName(TypeMapping key) {
    if (key == null || key.protoType().kind() != ProtoType.Kind.JAVA_ENUM
        || key.conversion().kind() != Conversion.Kind.IDENTITY) {
      return key;
    }
    return new TypeMapping(ProtoType.scalar("string"), Conversion.enumName(key.protoType().name()),
        "enum map key, by constant name");
  }

  private TypeMapping relationValue(Attribute attribute, TypeElement target) {
    IdClassKey key = keyOf.apply(target);
    if (key != null) {
      return idClassRelation(attribute, target, key);
    }
    Attribute id = idOf.apply(target);
    if (id == null) {
      reporter.report(Diagnostic.UNSUPPORTED_RELATION, attribute.element(), attribute.describe(),
          "a relation to " + target.getSimpleName() + ", whose key is an @IdClass or missing (relations carry an "
              + "@Id or @EmbeddedId)");
      return null;
    }
    TypeMapping idMapping = id.shape() == Shape.EMBEDDED
        ? new TypeMapping(ProtoType.javaMessage(name(id.type())), Conversion.identity(), "embeddable")
        : value(id, id.type());
    if (idMapping == null) {
      return null;
    }
    return new TypeMapping(idMapping.protoType(), idMapping.conversion(),
        "id of " + target.getSimpleName() + " (" + idMapping.origin() + ")", id, null);
  }

  /**
   * A relation to an entity keyed by an {@code @IdClass} travels as the id class's message, built from the target's
   * {@code @Id} attributes; the generated code needs to read each of them and to set each part of the key.
   */
  private TypeMapping idClassRelation(Attribute attribute, TypeElement target, IdClassKey key) {
    for (IdClassKey.Part part : key.parts()) {
      boolean readable = part.entityPart().reader() != null
          && (part.derivedId() == null || part.derivedId().reader() != null);
      boolean writable = key.idClass().isRecord() || part.idClassPart().writer() != null;
      if (!readable || !writable) {
        reporter.report(Diagnostic.UNSUPPORTED_RELATION, attribute.element(), attribute.describe(),
            "a relation to " + target.getSimpleName() + ", whose @IdClass part " + part.idClassPart().name()
                + (readable ? " has no setter or visible field in " + key.idClass().element().getSimpleName()
                    : " cannot be read from " + target.getSimpleName()) + " (add a getter and a setter)");
        return null;
      }
    }
    return new TypeMapping(ProtoType.javaMessage(key.idClass().element().getQualifiedName().toString()),
        Conversion.identity(), "@IdClass of " + target.getSimpleName(), null, null, key);
  }

  private TypeMapping mapOfValues(Attribute attribute) {
    TypeMapping key = enumKeyByName(value(attribute, attribute.keyType()));
    TypeMapping value = value(attribute, attribute.elementType());
    if (key == null || value == null) {
      return null;
    }
    if (!ProtoType.MAP_KEYS.contains(key.protoType().name())) {
      reporter.report(Diagnostic.UNSUPPORTED_RELATION, attribute.element(), attribute.describe(),
          "a map whose key type " + name(attribute.keyType()) + " becomes " + key.protoType().name()
              + ", which proto does not allow as a map key (use String, an integer or boolean key)");
      return null;
    }
    return new TypeMapping(value.protoType(), value.conversion(), value.origin(), null, key);
  }

  /**
   * The message of an {@code @Embeddable} type, or {@code null} after reporting (JP173) an interface or abstract class,
   * which neither JPA nor the mapper can instantiate.
   */
  private TypeMapping embeddable(Attribute attribute, TypeMirror type) {
    javax.lang.model.element.Element element = ((DeclaredType) type).asElement();
    boolean isInterface = element.getKind() == ElementKind.INTERFACE;
    if (isInterface || element.getModifiers().contains(javax.lang.model.element.Modifier.ABSTRACT)) {
      reporter.report(Diagnostic.ABSTRACT_EMBEDDABLE, attribute.element(), attribute.describe(), name(type),
          isInterface ? "interface" : "abstract class");
      return null;
    }
    return new TypeMapping(ProtoType.javaMessage(name(type)), Conversion.identity(), "embeddable");
  }

  /**
   * The mapping of one value of type {@code type}: through the JPA attribute converter that applies to it, else an
   * embeddable's message or the table's row.
   */
  private TypeMapping value(Attribute attribute, TypeMirror type) {
    AttributeConverters.Applied converter = converters.find(attribute, type == attribute.keyType());
    if (converter == AttributeConverters.REFUSED) {
      return null;
    }
    FieldOverride override = attribute.override();
    boolean protoConverter = override != null && !override.converter().isEmpty() && attribute.shape() == Shape.BASIC;
    if (converter != null && !protoConverter) {   // a @ProtoField converter converts the attribute itself
      return converted(attribute, converter);
    }
    return unconverted(attribute, type);
  }

  /** The value after the converter: its database-side type, mapped through the table. */
  private TypeMapping converted(Attribute attribute, AttributeConverters.Applied converter) {
    TypeMirror database = converter.databaseType();
    String databaseName = name(database);
    boolean isEnum = database.getKind() == TypeKind.DECLARED
        && ((DeclaredType) database).asElement().getKind() == ElementKind.ENUM;
    TypeRule rule = table.find(databaseName, isEnum, attribute.column());
    String converterName = converter.converter().getQualifiedName().toString();
    if (rule == null || database.getKind() == TypeKind.DECLARED
        && annotations.present(((DeclaredType) database).asElement(), Annotations.EMBEDDABLE)) {
      reporter.report(Diagnostic.CONVERTER_DATABASE_TYPE_UNMAPPABLE, attribute.element(), attribute.describe(),
          converterName, databaseName, databaseName);
      return null;
    }
    ProtoType protoType = rule.protoType() != null ? rule.protoType() : ProtoType.javaEnum(databaseName);
    return new TypeMapping(protoType, Conversion.attributeConverter(converter.binaryName(), rule.conversion(), converter.castTo()),
        (converter.explicit() ? "@Convert " : "auto-applied ") + converter.converter().getSimpleName() + " to "
            + databaseName + ", then " + rule.origin());
  }

  /** The mapping of one value of type {@code type} as it is: an embeddable's message, or the table's row. */
  private TypeMapping unconverted(Attribute attribute, TypeMirror type) {
    if (type.getKind() == TypeKind.DECLARED
        && annotations.present(((DeclaredType) type).asElement(), Annotations.EMBEDDABLE)) {
      return embeddable(attribute, type);
    }
    String typeName = name(type);
    boolean isEnum = type.getKind() == TypeKind.DECLARED
        && ((DeclaredType) type).asElement().getKind() == ElementKind.ENUM;
    ColumnFacts column = attribute.column();
    TypeRule rule = table.find(typeName, isEnum, column);
    if (rule == null) {
      reporter.report(Diagnostic.UNSUPPORTED_TYPE, attribute.element(), attribute.describe(), typeName, typeName);
      return null;
    }
    ProtoType protoType = rule.protoType() != null ? rule.protoType() : ProtoType.javaEnum(typeName);
    String origin = rule.origin() + (rule.describeConditions().isEmpty() ? "" : " when " + rule.describeConditions());
    FieldOverride override = attribute.override();
    if (override != null && !override.converter().isEmpty() && attribute.shape() == Shape.BASIC) {
      return new TypeMapping(protoType, Conversion.converter(override.converter()), "@ProtoField converter");
    }
    return new TypeMapping(protoType, rule.conversion(), origin);
  }

  private TypeMapping mapOverride(Attribute attribute, FieldOverride override) {
    ProtoType protoType = ProtoType.resolve(override.type(), override.typeImport());
    if (protoType == null) {
      reporter.report(Diagnostic.UNKNOWN_PROTO_TYPE, attribute.element(), override.annotation(),
          attribute.describe(), override.type());
      return null;
    }
    if (!override.converter().isEmpty()) {
      return new TypeMapping(protoType, Conversion.converter(override.converter()), "@ProtoField");
    }
    Conversion conversion = TypeMappingTable.builtInConversion(attribute.typeName(), protoType);
    if (conversion == null) {
      reporter.report(Diagnostic.MISSING_CONVERSION, attribute.element(), override.annotation(),
          attribute.describe(), attribute.typeName(), protoType.name(), attribute.typeName());
      return null;
    }
    return new TypeMapping(protoType, conversion, "@ProtoField");
  }

  private String name(TypeMirror type) {
    return io.jpaproto.processor.discover.TypeNames.canonicalName(types, type);
  }
}
