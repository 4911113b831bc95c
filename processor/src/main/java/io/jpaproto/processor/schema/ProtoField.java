package io.jpaproto.processor.schema;

import io.jpaproto.processor.model.Attribute;
import io.jpaproto.processor.types.TypeMapping;

/**
 * A generated message field.
 *
 * @param name the lower_snake_case field name
 * @param type the proto type as written in the file (a scalar, or a message/enum name fully
 *     qualified with the leading dot, such as {@code .google.protobuf.Timestamp})
 * @param number the field number
 * @param optional whether the field is declared {@code optional} (explicit presence for a nullable scalar or enum)
 * @param cardinality singular, repeated or map
 * @param keyType for a map, the key scalar, else {@code null}
 * @param comment the leading comment
 * @param attribute the attribute it is generated from
 * @param mapping the type mapping decision
 */
public record ProtoField(String name, String type, int number, boolean optional, Cardinality cardinality,
    String keyType, String comment, Attribute attribute, TypeMapping mapping) {

  /** How many values the field holds. */
  public enum Cardinality { SINGULAR, REPEATED, MAP }

  /** The label the numbering state records: {@code optional}, {@code plain}, {@code repeated} or {@code map<key>}. */
  public String label() {
    return switch (cardinality) {
      case SINGULAR -> optional ? "optional" : "plain";
      case REPEATED -> "repeated";
      case MAP -> "map<" + keyType + ">";
    };
  }

  /** This field with its number. */
  public ProtoField withNumber(int newNumber) {
    return new ProtoField(name, type, newNumber, optional, cardinality, keyType, comment, attribute, mapping);
  }
}
