package io.jpaproto.processor.schema;

import io.jpaproto.processor.model.EntityType;
import java.util.List;

/**
 * A generated message.
 *
 * @param name the PascalCase message name
 * @param comment the leading comment
 * @param fields the fields by number
 * @param reservedNumbers numbers of removed fields, ascending
 * @param reservedNames names of removed fields, sorted
 * @param entity the entity it is generated from
 */
public record ProtoMessage(String name, String comment, List<ProtoField> fields, List<Integer> reservedNumbers,
    List<String> reservedNames, EntityType entity) {
}
