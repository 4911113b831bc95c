package io.jpaproto.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import io.jpaproto.processor.model.Attribute;
import io.jpaproto.processor.model.ColumnFacts;
import io.jpaproto.processor.schema.ProtoField;
import io.jpaproto.processor.schema.ProtoFile;
import io.jpaproto.processor.schema.RequiredFields;
import io.jpaproto.processor.types.ProtoType;
import java.util.List;

/**
 * The checks a mapper makes on a value before it reaches the entity, from what the column says: a string's
 * {@code @Column(length)}, a decimal's {@code @Column(precision, scale)}, and whether an embedded value or a to-one
 * relation is required. A value the column cannot hold is refused naming the field, instead of being rounded or
 * failing inside the database.
 *
 * <p>The limits are those of the embeddable's own {@code @Column}s, since one mapper serves every place it is
 * embedded: an {@code @AttributeOverride} changes only whether the embedded value is required.
 *
 * <p>Where the mapping says nothing, the column is the one Hibernate 7 creates: {@code varchar(255)} for a
 * {@code String}, {@code numeric(38,2)} for a {@code BigDecimal} without {@code precision} (a {@code scale} alone is
 * ignored), {@code numeric(38,0)} for a {@code BigInteger}. A {@code columnDefinition} declares a column jpaproto
 * cannot read, so it turns the length and numeric checks off, as {@code @Lob} does for lengths.
 */
final class ColumnChecks {
  private static final ClassName COLUMN_LIMITS = ClassName.get("io.jpaproto.convert", "ColumnLimits");
  private static final ClassName PRESENCE = ClassName.get("io.jpaproto.convert", "Presence");
  /** Most digits an {@code int64} holds: a {@code BigInteger} published as one needs no check below this. */
  private static final int INT64_DIGITS = 19;

  private final RequiredFields requiredFields;

  /** The checks of the fields of {@code files}; embeddables are looked up across all of them. */
  ColumnChecks(List<ProtoFile> files) {
    this.requiredFields = new RequiredFields(files);
  }

  /**
   * {@code value}, the Java value of one proto value of {@code field} (a singular value, a collection element or a map
   * value), checked against the column where the column limits it; else {@code value} as it is.
   */
  CodeBlock checked(ProtoField field, CodeBlock value) {
    Attribute attribute = field.attribute();
    ColumnFacts column = attribute.column();
    if (attribute.isRelation() || !column.columnDefinition().isEmpty()) {
      return value;
    }
    String type = field.cardinality() == ProtoField.Cardinality.SINGULAR
        ? attribute.typeName()
        : attribute.valueType().toString();
    return switch (type) {
      case "java.lang.String" -> column.lob()
          ? value
          : CodeBlock.of("$T.checkLength($L, $L, $S)", COLUMN_LIMITS, value, column.length(), field.name());
      case "java.math.BigDecimal" -> CodeBlock.of("$T.checkNumeric($L, $L, $L, $S)", COLUMN_LIMITS, value,
          column.numericPrecision(), column.decimalScale(), field.name());
      case "java.math.BigInteger" -> bigInteger(field, column, value);
      default -> value;
    };
  }

  private static CodeBlock bigInteger(ProtoField field, ColumnFacts column, CodeBlock value) {
    int precision = column.numericPrecision();
    boolean int64 = field.mapping().protoType().equals(ProtoType.scalar("int64"));
    return int64 && precision >= INT64_DIGITS
        ? value
        : CodeBlock.of("$T.checkNumeric($L, $L, $S)", COLUMN_LIMITS, value, precision, field.name());
  }

  /**
   * The proto value of a required to-one relation's id, refused when it is the default value, which is what a message
   * without it holds (a scalar id has no presence in proto3); else {@code protoValue} as it is.
   */
  CodeBlock requiredId(ProtoField field, CodeBlock protoValue) {
    return requiredFields.requiredId(field)
        ? CodeBlock.of("$T.requiredId($L, $S)", PRESENCE, protoValue, field.name())
        : protoValue;
  }

  /**
   * Whether a field the message may leave out must be there (see {@link RequiredFields#required}).
   */
  boolean required(ProtoField field) {
    return requiredFields.required(field);
  }
}
