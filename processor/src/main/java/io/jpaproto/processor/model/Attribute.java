package io.jpaproto.processor.model;

import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;

/**
 * One persistent attribute of an entity, as JPA sees it.
 *
 * @param element the field (field access) or getter (property access); diagnostics point here
 * @param declaringType the simple name of the class that declares it, for messages
 * @param name the Java attribute name
 * @param type the attribute type, with type variables of generic superclasses resolved
 * @param typeName the canonical name of the erased type ({@code long}, {@code byte[]}, {@code java.util.UUID})
 * @param column what the mapping annotations say about the column
 * @param override the {@code @ProtoField} values, or {@code null}
 * @param javadoc the cleaned Javadoc text, or {@code null}
 * @param relation a description of the relation or composite mapping this attribute is, or {@code null} for a basic
 *     attribute
 * @param reader how generated code in the entity's package reads it, or {@code null} when it cannot
 * @param writer how generated code in the entity's package writes it, or {@code null} when it cannot (read-only)
 */
public record Attribute(
    Element element,
    String declaringType,
    String name,
    TypeMirror type,
    String typeName,
    ColumnFacts column,
    FieldOverride override,
    String javadoc,
    String relation,
    Accessor reader,
    Accessor writer) {

  /** Whether the attribute type is primitive (and so can never be null). */
  public boolean primitive() {
    return type.getKind().isPrimitive();
  }

  /** {@code Declaring.name}, how diagnostics name the attribute. */
  public String describe() {
    return "attribute " + declaringType + "." + name;
  }
}
