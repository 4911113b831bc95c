package io.jpaproto.processor.schema;

import io.jpaproto.processor.discover.Annotations;
import io.jpaproto.processor.model.Attribute;
import io.jpaproto.processor.model.EntityType;
import io.jpaproto.processor.model.Shape;
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
 * Which fields a message must carry for its entity to be stored: the one decision the mapper's presence checks and the
 * schema's {@code required} rules both follow, so a client that satisfies the rules is never refused by the mapper for
 * a missing value.
 */
public final class RequiredFields {
  private static final String ATTRIBUTE_OVERRIDE = "jakarta.persistence.AttributeOverride";
  private static final String ATTRIBUTE_OVERRIDES = "jakarta.persistence.AttributeOverrides";

  private final Map<String, EntityType> embeddables = new HashMap<>();

  /** The decisions for the fields of {@code files}; embeddables are looked up across all of them. */
  public RequiredFields(List<ProtoFile> files) {
    for (ProtoFile file : files) {
      for (ProtoMessage message : file.messages()) {
        EntityType type = message.entity();
        embeddables.put(type.element().getQualifiedName().toString(), type);
      }
    }
  }

  /**
   * Whether the field is a required to-one relation's scalar id, which the mapper refuses when it is the default value
   * (what a message without it holds: a scalar id has no presence in proto3). Boolean and floating-point ids are left
   * alone: their default value is an ordinary id.
   */
  public boolean requiredId(ProtoField field) {
    Attribute attribute = field.attribute();
    ProtoType protoType = field.mapping().protoType();
    boolean scalar = protoType.kind() == ProtoType.Kind.SCALAR && !protoType.name().equals("bool")
        && !protoType.name().equals("double") && !protoType.name().equals("float");
    return attribute.shape() == Shape.TO_ONE && !field.optional() && !attribute.column().nullable() && scalar
        && !attribute.column().assigned();
  }

  /**
   * Whether a field the message may leave out must be there: its attribute is declared non-null, or it is an embedded
   * value one of whose columns is (a primitive, {@code nullable = false}, or a required embedded value in turn).
   * Hibernate writes a missing embedded value as nulls in all its columns, which such a column refuses. A value the
   * provider or the framework assigns ({@code @CreationTimestamp}, {@code @CreatedDate}, ...) is never required.
   */
  public boolean required(ProtoField field) {
    Attribute attribute = field.attribute();
    if (attribute.column().assigned()) {
      return false;
    }
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
