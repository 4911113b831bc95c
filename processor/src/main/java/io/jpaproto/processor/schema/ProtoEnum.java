package io.jpaproto.processor.schema;

import io.jpaproto.processor.model.EnumType;
import java.util.List;

/**
 * A generated enum; its first value is always {@code <ENUM>_UNSPECIFIED = 0}.
 *
 * @param name the PascalCase enum name
 * @param comment the leading comment
 * @param values the values by number, the zero value first
 * @param reservedNumbers numbers of removed values, ascending
 * @param reservedNames names of removed values, sorted
 * @param source the Java enum it is generated from
 */
public record ProtoEnum(String name, String comment, List<ProtoEnumValue> values, List<Integer> reservedNumbers,
    List<String> reservedNames, EnumType source) {
}
