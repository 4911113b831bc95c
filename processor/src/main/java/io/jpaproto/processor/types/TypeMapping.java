package io.jpaproto.processor.types;

/**
 * The decision for one attribute: its proto type, how values convert, and which rule decided.
 *
 * @param protoType the proto type
 * @param conversion how values cross
 * @param origin the deciding rule, as text
 */
public record TypeMapping(ProtoType protoType, Conversion conversion, String origin) {
}
