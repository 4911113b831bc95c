package io.jpaproto.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import io.jpaproto.processor.discover.Annotations;
import io.jpaproto.processor.model.Attribute;
import io.jpaproto.processor.model.ColumnFacts;
import io.jpaproto.processor.model.EntityType;
import io.jpaproto.processor.model.Shape;
import io.jpaproto.processor.schema.ProtoField;
import io.jpaproto.processor.schema.ProtoFile;
import io.jpaproto.processor.schema.ProtoMessage;
import io.jpaproto.processor.types.ProtoType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;

/**
 * The checks a mapper makes on a value before it reaches the entity, from what the column says: a string's
 * {@code @Column(length)}, a decimal's {@code @Column(precision, scale)}, and whether an embedded value or a to-one
 * relation is required. A value the column cannot hold is refused naming the field, instead of being rounded or
 * failing inside the database.
 *
 * <p>The limits are those of the embeddable's own {@code @Column}s, since one mapper serves every place it is
 * embedded: an {@code @AttributeOverride} changes only whether the embedded value is required.
 *
 * <p>Where the mapping says nothing, the column is the one Hibernate 7 creates: {@code varchar(255)} for a
 * {@code String}, {@code numeric(38,2)} for a {@code BigDecimal} without {@code precision} (a {@code scale} alone is
 * ignored), {@code numeric(38,0)} for a {@code BigInteger}. A {@code columnDefinition} declares a column jpaproto
 * cannot read, so it turns the length and numeric checks off, as {@code @Lob} does for lengths.
 */
final class ColumnChecks {
  private static final ClassName COLUMN_LIMITS = ClassName.get("io.jpaproto.convert", "ColumnLimits");
  private static final ClassName PRESENCE = ClassName.get("io.jpaproto.convert", "Presence");
  private static final String ATTRIBUTE_OVERRIDE = "jakarta.persistence.AttributeOverride";
  private static final String ATTRIBUTE_OVERRIDES = "jakarta.persistence.AttributeOverrides";
  /** Most digits an {@code int64} holds: a {@code BigInteger} published as one needs no check below this. */
  private static final int INT64_DIGITS = 19;

  private final Map<String, EntityType> embeddables = new HashMap<>();

  /** The checks of the fields of {@code files}; embeddables are looked up across all of them. */
  ColumnChecks(List<ProtoFile> files) {
    for (ProtoFile file : files) {
      for (ProtoMessage message : file.messages()) {
        EntityType type = message.entity();
        embeddables.put(type.element().getQualifiedName().toString(), type);
      }
    }
  }

  /**
   * {@code value}, the Java value of one proto value of {@code field} (a singular value, a collection element or a map
   * value), checked against the column where the column limits it; else {@code value} as it is.
   */
  CodeBlock checked(ProtoField field, CodeBlock value) {
    Attribute attribute = field.attribute();
    ColumnFacts column = attribute.column();
    if (attribute.isRelation() || !column.columnDefinition().isEmpty()) {
      return value;
    }
    String type = field.cardinality() == ProtoField.Cardinality.SINGULAR
        ? attribute.typeName()
        : attribute.valueType().toString();
    return switch (type) {
      case "java.lang.String" -> column.lob()
          ? value
          : CodeBlock.of("$T.checkLength($L, $L, $S)", COLUMN_LIMITS, value, column.length(), field.name());
      case "java.math.BigDecimal" -> CodeBlock.of("$T.checkNumeric($L, $L, $L, $S)", COLUMN_LIMITS, value,
          column.numericPrecision(), column.decimalScale(), field.name());
      case "java.math.BigInteger" -> bigInteger(field, column, value);
      default -> value;
    };
  }

  private static CodeBlock bigInteger(ProtoField field, ColumnFacts column, CodeBlock value) {
    int precision = column.numericPrecision();
    boolean int64 = field.mapping().protoType().equals(ProtoType.scalar("int64"));
    return int64 && precision >= INT64_DIGITS
        ? value
        : CodeBlock.of("$T.checkNumeric($L, $L, $S)", COLUMN_LIMITS, value, precision, field.name());
  }

  /**
   * The proto value of a required to-one relation's id, refused when it is the default value, which is what a message
   * without it holds (a scalar id has no presence in proto3); else {@code protoValue} as it is.
   */
  CodeBlock requiredId(ProtoField field, CodeBlock protoValue) {
    Attribute attribute = field.attribute();
    ProtoType protoType = field.mapping().protoType();
    boolean scalar = protoType.kind() == ProtoType.Kind.SCALAR && !protoType.name().equals("bool")
        && !protoType.name().equals("double") && !protoType.name().equals("float");
    if (attribute.shape() != Shape.TO_ONE || field.optional() || attribute.column().nullable() || !scalar) {
      return protoValue;
    }
    return CodeBlock.of("$T.requiredId($L, $S)", PRESENCE, protoValue, field.name());
  }

  /**
   * Whether a field the message may leave out must be there: its attribute is declared non-null, or it is an
   * embedded value one of whose columns is (a primitive, {@code nullable = false}, or a required embedded value in
   * turn). Hibernate writes a missing embedded value as nulls in all its columns, which such a column refuses.
   */
  boolean required(ProtoField field) {
    Attribute attribute = field.attribute();
    return !attribute.column().nullable() || requiredEmbedded(attribute, new HashSet<>());
  }

  private boolean requiredEmbedded(Attribute attribute, Set<String> seen) {
    // An @EmbeddedId follows the rules of ids (it is never updated, and the service checks it), not these.
    if (attribute.shape() != Shape.EMBEDDED || Annotations.has(attribute.element(), Annotations.EMBEDDED_ID)) {
      return false;
    }
    EntityType embeddable = embeddables.get(attribute.typeName());
    if (embeddable == null || !seen.add(attribute.typeName())) {
      return false;
    }
    Map<String, Boolean> overridden = nullableOverrides(attribute.element());
    for (Attribute component : embeddable.attributes()) {
      boolean nullable = overridden.getOrDefault(component.name(), component.column().declaredNullable());
      if (component.primitive() || !nullable || requiredEmbedded(component, seen)) {
        return true;
      }
    }
    return false;
  }

  /**
   * What the {@code @AttributeOverride}s of an embedded attribute say about the nullability of its columns, by
   * attribute name: an override replaces the embeddable's own {@code @Column}.
   */
  private static Map<String, Boolean> nullableOverrides(Element embedded) {
    Map<String, Boolean> result = new HashMap<>();
    for (AnnotationMirror override : overrides(embedded)) {
      String name = null;
      boolean nullable = true;
      for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
          : override.getElementValues().entrySet()) {
        String key = entry.getKey().getSimpleName().toString();
        if (key.equals("name")) {
          name = (String) entry.getValue().getValue();
        } else if (key.equals("column")) {
          nullable = explicitNullable((AnnotationMirror) entry.getValue().getValue());
        }
      }
      if (name != null) {
        result.put(name, nullable);
      }
    }
    return result;
  }

  private static List<AnnotationMirror> overrides(Element embedded) {
    List<AnnotationMirror> result = new ArrayList<>();
    AnnotationMirror single = Annotations.find(embedded, ATTRIBUTE_OVERRIDE);
    if (single != null) {
      result.add(single);
    }
    AnnotationMirror several = Annotations.find(embedded, ATTRIBUTE_OVERRIDES);
    if (several != null) {
      for (AnnotationValue value : several.getElementValues().values()) {
        for (Object item : (List<?>) value.getValue()) {
          result.add((AnnotationMirror) ((AnnotationValue) item).getValue());
        }
      }
    }
    return result;
  }

  /** {@code nullable} as written on a {@code @Column}, {@code true} (its default) where it is not. */
  private static boolean explicitNullable(AnnotationMirror column) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
        : column.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals("nullable")) {
        return (Boolean) entry.getValue().getValue();
      }
    }
    return true;
  }
}
