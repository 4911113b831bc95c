package io.jpaproto.processor.schema;

import io.jpaproto.processor.model.Attribute;
import io.jpaproto.processor.model.SharedColumn;
import io.jpaproto.processor.types.TypeMapping;
import java.util.List;

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
 * @param folded the attribute mapped to the same column that this field also stands for, or {@code null}
 * @param rules the field's {@code buf.validate} rules, in the order they are written; empty until the validation
 *     stage derives them
 */
public record ProtoField(String name, String type, int number, boolean optional, Cardinality cardinality,
    String keyType, String comment, Attribute attribute, TypeMapping mapping, Folded folded, List<FieldRule> rules) {

  /**
   * An attribute that shares the field's column and gets no field of its own.
   *
   * @param shared the two attributes and how they share the column
   * @param mapping the type mapping of the folded attribute (a read-only twin may be read instead of the field's)
   */
  public record Folded(SharedColumn shared, TypeMapping mapping) {
  }

  /** A field without rules. */
  public ProtoField(String name, String type, int number, boolean optional, Cardinality cardinality,
      String keyType, String comment, Attribute attribute, TypeMapping mapping, Folded folded) {
    this(name, type, number, optional, cardinality, keyType, comment, attribute, mapping, folded, List.of());
  }

  /** A field that stands for one attribute, without rules. */
  public ProtoField(String name, String type, int number, boolean optional, Cardinality cardinality,
      String keyType, String comment, Attribute attribute, TypeMapping mapping) {
    this(name, type, number, optional, cardinality, keyType, comment, attribute, mapping, null, List.of());
  }

  /**
   * The same field seen through the folded attribute, for generating the code that reads or writes it instead: its
   * attribute and mapping are the folded attribute's.
   */
  public ProtoField throughFolded() {
    return new ProtoField(name, type, number, optional, cardinality, keyType, comment, folded.shared().folded(),
        folded.mapping(), null, rules);
  }

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
    return new ProtoField(name, type, newNumber, optional, cardinality, keyType, comment, attribute, mapping, folded,
        rules);
  }

  /** This field with {@code newRules}. */
  public ProtoField withRules(List<FieldRule> newRules) {
    return new ProtoField(name, type, number, optional, cardinality, keyType, comment, attribute, mapping, folded,
        List.copyOf(newRules));
  }
}
