package io.jpaproto.processor.types;

import io.jpaproto.processor.model.Attribute;
import io.jpaproto.processor.model.IdClassKey;

/**
 * The decision for one attribute: the proto type of its values, how values convert, and which rule decided.
 *
 * @param protoType the proto type of one value (a collection's element, a map's value, a relation's id)
 * @param conversion how values cross
 * @param origin the deciding rule, as text
 * @param targetId for a relation, the target entity's id attribute (whose value travels), else {@code null}
 * @param key for a map, the mapping of its keys, else {@code null}
 * @param targetKey for a relation to an entity with an {@code @IdClass}, how its key is built (the relation travels
 *     as the id class's message), else {@code null}
 */
public record TypeMapping(ProtoType protoType, Conversion conversion, String origin, Attribute targetId,
    TypeMapping key, IdClassKey targetKey) {

  /** A mapping whose relation, if any, carries a single id or an embedded id. */
  public TypeMapping(ProtoType protoType, Conversion conversion, String origin, Attribute targetId,
      TypeMapping key) {
    this(protoType, conversion, origin, targetId, key, null);
  }

  /** A mapping of a single value. */
  public TypeMapping(ProtoType protoType, Conversion conversion, String origin) {
    this(protoType, conversion, origin, null, null);
  }
}
