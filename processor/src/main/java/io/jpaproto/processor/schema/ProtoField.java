package io.jpaproto.processor.schema;

import io.jpaproto.processor.model.Attribute;
import io.jpaproto.processor.types.TypeMapping;

/**
 * A generated message field.
 *
 * @param name the lower_snake_case field name
 * @param type the proto type as written in the file (scalar, or a message/enum name relative to the file's package)
 * @param number the field number
 * @param optional whether the field is declared {@code optional} (explicit presence for a nullable scalar or enum)
 * @param comment the leading comment
 * @param attribute the attribute it is generated from
 * @param mapping the type mapping decision
 */
public record ProtoField(
    String name, String type, int number, boolean optional, String comment, Attribute attribute, TypeMapping mapping) {
}
