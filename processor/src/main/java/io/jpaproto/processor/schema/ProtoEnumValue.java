package io.jpaproto.processor.schema;

/**
 * A value of a generated enum.
 *
 * @param name the prefixed UPPER_SNAKE_CASE name
 * @param number the value number
 * @param comment the leading comment
 * @param javaConstant the Java constant it stands for, or {@code null} for the zero value
 */
public record ProtoEnumValue(String name, int number, String comment, String javaConstant) {
}
