package io.jpaproto.processor.types;

import io.jpaproto.processor.discover.Annotations;
import io.jpaproto.processor.model.Attribute;
import io.jpaproto.processor.report.Diagnostic;
import io.jpaproto.processor.report.Reporter;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares the width of an integer attribute's Java type with the width of the column its {@code columnDefinition}
 * declares, and warns where they differ: an {@code Integer} in a {@code BIGINT} column is published as {@code int64}
 * (the column bounds the values) but refuses every value beyond 32 bits at run time; a {@code Long} in an
 * {@code INTEGER} column publishes a range the database refuses. Without a {@code columnDefinition} the column is the
 * one the Java type gets, so there is nothing to compare.
 */
final class ColumnWidths {
  /** The SQL integer types, widest first so {@code BIGINT} is not read as {@code INT}. */
  private static final Pattern INTEGER_COLUMN = Pattern.compile(
      "\\b(BIGINT|INT8|BIGSERIAL|SERIAL8|INTEGER|INT|INT4|SERIAL|SERIAL4|MEDIUMINT|SMALLINT|INT2|SMALLSERIAL|SERIAL2"
          + "|TINYINT)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Map<String, Integer> JAVA_BITS = Map.of(
      "byte", 8, "java.lang.Byte", 8, "short", 16, "java.lang.Short", 16, "int", 32, "java.lang.Integer", 32,
      "long", 64, "java.lang.Long", 64);

  private final Reporter reporter;

  ColumnWidths(Reporter reporter) {
    this.reporter = reporter;
  }

  /** Warns when {@code attribute} is an integer whose Java type is narrower or wider than its declared column. */
  void check(Attribute attribute) {
    Integer javaBits = JAVA_BITS.get(attribute.typeName());
    if (javaBits == null) {
      return;
    }
    Matcher column = INTEGER_COLUMN.matcher(attribute.column().columnDefinition());
    if (!column.find()) {
      return;
    }
    String sqlType = column.group(1).toUpperCase(java.util.Locale.ROOT);
    int columnBits = columnBits(sqlType);
    if (columnBits == javaBits) {
      return;
    }
    String javaType = javaName(attribute.typeName());
    String fix = javaType(columnBits, attribute.primitive());
    if (javaBits < columnBits) {
      reporter.report(Diagnostic.NARROW_JAVA_TYPE, attribute.element(),
          Annotations.find(attribute.element(), Annotations.COLUMN), attribute.describe(), javaType, sqlType,
          columnBits, javaBits, fix, sqlType);
    } else {
      reporter.report(Diagnostic.WIDE_JAVA_TYPE, attribute.element(),
          Annotations.find(attribute.element(), Annotations.COLUMN), attribute.describe(), javaType, sqlType,
          javaBits, columnBits, fix);
    }
  }

  private static int columnBits(String sqlType) {
    return switch (sqlType) {
      case "BIGINT", "INT8", "BIGSERIAL", "SERIAL8" -> 64;
      case "SMALLINT", "INT2", "SMALLSERIAL", "SERIAL2" -> 16;
      case "TINYINT" -> 8;
      default -> 32;
    };
  }

  private static String javaName(String typeName) {
    return typeName.startsWith("java.lang.") ? typeName.substring("java.lang.".length()) : typeName;
  }

  private static String javaType(int bits, boolean primitive) {
    return switch (bits) {
      case 64 -> primitive ? "long" : "Long";
      case 16 -> primitive ? "short" : "Short";
      case 8 -> primitive ? "byte" : "Byte";
      default -> primitive ? "int" : "Integer";
    };
  }
}
