package io.jpaproto.processor.types;

import io.jpaproto.processor.model.ColumnFacts;
import java.util.regex.Pattern;

/**
 * One row of the type-mapping table: attributes of {@link #javaType} (whose column matches the conditions) become
 * {@link #protoType}, converted by {@link #conversion}.
 *
 * @param javaType the canonical Java type name, or {@link #ANY_ENUM} for every Java enum
 * @param columnDefinition case-insensitive pattern the column definition must contain a match of, or {@code null}
 * @param minPrecision the smallest column precision the rule applies to, or 0
 * @param protoType the proto type
 * @param conversion how values cross
 * @param origin where the rule comes from, for notes and diagnostics
 */
public record TypeRule(
    String javaType,
    Pattern columnDefinition,
    int minPrecision,
    ProtoType protoType,
    Conversion conversion,
    String origin) {

  /** The {@link #javaType} that matches every Java enum. */
  public static final String ANY_ENUM = "<any enum>";

  /** An unconditional rule. */
  public static TypeRule of(String javaType, ProtoType protoType, Conversion conversion, String origin) {
    return new TypeRule(javaType, null, 0, protoType, conversion, origin);
  }

  /** This rule restricted to columns whose definition contains a match of {@code regex}. */
  public TypeRule whenColumnDefinition(String regex) {
    return new TypeRule(
        javaType, Pattern.compile(regex, Pattern.CASE_INSENSITIVE), minPrecision, protoType, conversion, origin);
  }

  /** This rule restricted to columns declared with at least {@code precision} digits. */
  public TypeRule whenPrecisionAtLeast(int precision) {
    return new TypeRule(javaType, columnDefinition, precision, protoType, conversion, origin);
  }

  /** Whether the rule applies to an attribute of type {@code typeName} (an enum or not) with these column facts. */
  public boolean matches(String typeName, boolean isEnum, ColumnFacts column) {
    boolean typeMatches = javaType.equals(typeName) || (isEnum && javaType.equals(ANY_ENUM));
    if (!typeMatches) {
      return false;
    }
    if (columnDefinition != null && !columnDefinition.matcher(column.columnDefinition()).find()) {
      return false;
    }
    return minPrecision == 0 || column.precision() >= minPrecision;
  }

  /** The conditions as text, such as {@code columnDefinition ~ /BIGINT/}, or empty. */
  public String describeConditions() {
    StringBuilder text = new StringBuilder();
    if (columnDefinition != null) {
      text.append("columnDefinition ~ /").append(columnDefinition.pattern()).append('/');
    }
    if (minPrecision > 0) {
      text.append(text.length() > 0 ? ", " : "").append("precision >= ").append(minPrecision);
    }
    return text.toString();
  }
}
