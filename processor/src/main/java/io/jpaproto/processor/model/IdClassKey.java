package io.jpaproto.processor.model;

import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * The key of an entity with an {@code @IdClass}, as a relation to it carries it: an instance of the id class built
 * from the entity's {@code @Id} attributes.
 *
 * @param entity the entity keyed by the id class
 * @param idClass the id class, which becomes the message the relation travels as
 * @param parts one per attribute of the id class, in its order
 */
public record IdClassKey(TypeElement entity, EntityType idClass, List<Part> parts) {

  /**
   * One attribute of the key.
   *
   * @param idClassPart the id class's attribute, written when the key is built
   * @param entityPart the entity's {@code @Id} attribute of the same name, read from the entity
   * @param derivedId for a derived identity ({@code @Id} on a to-one relation), the id of the relation's target,
   *     which is what the key holds; else {@code null}
   */
  public record Part(Attribute idClassPart, Attribute entityPart, Attribute derivedId) {
  }
}
