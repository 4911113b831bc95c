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
 * @param shape what kind of attribute it is
 * @param elementType the element type of a collection, the value type of a map, else {@code null}
 * @param keyType the key type of a map, else {@code null}
 * @param unsupported what makes an {@link Shape#UNSUPPORTED} attribute unmappable, else {@code null}
 * @param omitted a relation left out of the schema ({@code @ProtoRelation(OMIT)}, or an inverse side by default)
 * @param exposed the user confirmed with {@code @ProtoExposed} that a secret-looking attribute may be published
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
    Shape shape,
    TypeMirror elementType,
    TypeMirror keyType,
    String unsupported,
    boolean omitted,
    boolean exposed,
    Accessor reader,
    Accessor writer) {

  /** Whether the attribute type is primitive (and so can never be null). */
  public boolean primitive() {
    return type.getKind().isPrimitive();
  }

  /** The type one proto value stands for: a collection's element, a map's value, else the attribute type. */
  public TypeMirror valueType() {
    return elementType != null ? elementType : type;
  }

  /** Whether the attribute is a relation to other entities. */
  public boolean isRelation() {
    return shape == Shape.TO_ONE || shape == Shape.TO_MANY;
  }

  /** This attribute with other column facts (an {@code @AttributeOverride} of a subclass, for instance). */
  public Attribute withColumn(ColumnFacts newColumn) {
    return new Attribute(element, declaringType, name, type, typeName, newColumn, override, javadoc, shape,
        elementType, keyType, unsupported, omitted, exposed, reader, writer);
  }

  /** {@code Declaring.name}, how diagnostics name the attribute. */
  public String describe() {
    return "attribute " + declaringType + "." + name;
  }
}
