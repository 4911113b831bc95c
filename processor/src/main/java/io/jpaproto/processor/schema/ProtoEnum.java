package io.jpaproto.processor.schema;

import io.jpaproto.processor.model.EnumType;
import java.util.List;

/**
 * A generated enum; its first value is always {@code <ENUM>_UNSPECIFIED = 0}.
 *
 * @param name the PascalCase enum name
 * @param comment the leading comment
 * @param values the values, the zero value first
 * @param source the Java enum it is generated from
 */
public record ProtoEnum(String name, String comment, List<ProtoEnumValue> values, EnumType source) {
}
