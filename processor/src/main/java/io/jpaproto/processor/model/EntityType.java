package io.jpaproto.processor.model;

import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A type that becomes a message: an {@code @Entity} class with the persistent attributes of its whole hierarchy
 * (superclass attributes first), an {@code @Embeddable}, or an {@code @IdClass}.
 *
 * @param kind entity, embeddable or id class
 * @param isAbstract an abstract class (it gets no message: only its concrete subclasses do)
 * @param isRecord a record (built through its canonical constructor)
 * @param element the entity class
 * @param javaPackage the entity's Java package
 * @param nestedName the simple names from the top-level class down, joined without dots ({@code OrderLine})
 * @param requestedName the {@code @ProtoMessage(name)} value, or empty
 * @param attributes persistent attributes in JPA order, superclass attributes first
 * @param javadoc cleaned Javadoc, or {@code null}
 * @param sharedColumns pairs of attributes mapped to one column, each of which becomes one field
 */
public record EntityType(
    Kind kind,
    boolean isAbstract,
    boolean isRecord,
    TypeElement element,
    String javaPackage,
    String nestedName,
    String requestedName,
    List<Attribute> attributes,
    String javadoc,
    List<SharedColumn> sharedColumns) {

  /** A type whose attributes share no column. */
  public EntityType(Kind kind, boolean isAbstract, boolean isRecord, TypeElement element, String javaPackage,
      String nestedName, String requestedName, List<Attribute> attributes, String javadoc) {
    this(kind, isAbstract, isRecord, element, javaPackage, nestedName, requestedName, attributes, javadoc, List.of());
  }

  /** The shared column {@code attribute} is folded into (it gets no field of its own), or {@code null}. */
  public SharedColumn foldedInto(Attribute attribute) {
    for (SharedColumn shared : sharedColumns) {
      if (shared.folded() == attribute) {
        return shared;
      }
    }
    return null;
  }

  /** The shared column whose field {@code attribute} gives, or {@code null}. */
  public SharedColumn keptBy(Attribute attribute) {
    for (SharedColumn shared : sharedColumns) {
      if (shared.kept() == attribute) {
        return shared;
      }
    }
    return null;
  }

  /** The three sources of messages. */
  public enum Kind { ENTITY, EMBEDDABLE, ID_CLASS }
}
