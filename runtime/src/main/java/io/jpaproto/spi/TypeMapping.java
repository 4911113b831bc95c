package io.jpaproto.spi;

import java.util.Objects;

/**
 * One rule of the type-mapping table, as contributed by a {@link TypeMappingProvider}.
 * <pre>{@code
 * TypeMapping.of("org.javamoney.moneta.Money", "acme.money.v1.Money")
 *     .withProtoImport("acme/money/v1/money.proto")
 *     .withConverter("com.acme.MoneyConverter")
 * }</pre>
 * Types are named by their canonical names ({@code "long"}, {@code "byte[]"}, {@code "java.math.BigInteger"}) because
 * the processor sees the user's types as source, not as loaded classes.
 *
 * @param javaType canonical name of the Java attribute type
 * @param protoType a proto scalar or a fully qualified message or enum name
 * @param protoImport the file defining {@code protoType}, or empty where jpaproto knows it
 * @param converter binary name of an {@link io.jpaproto.convert.Converter} implementation, or empty for the built-in
 *     conversion of the pair
 * @param columnDefinition case-insensitive regular expression the column definition must contain a match of, or empty
 * @param minPrecision smallest {@code @Column(precision)} the rule applies to, or 0
 */
public record TypeMapping(
    String javaType,
    String protoType,
    String protoImport,
    String converter,
    String columnDefinition,
    int minPrecision) {

  /** Validates that no component is null. */
  public TypeMapping {
    Objects.requireNonNull(javaType, "javaType");
    Objects.requireNonNull(protoType, "protoType");
    Objects.requireNonNull(protoImport, "protoImport");
    Objects.requireNonNull(converter, "converter");
    Objects.requireNonNull(columnDefinition, "columnDefinition");
  }

  /** A rule mapping every attribute of {@code javaType} to {@code protoType}. */
  public static TypeMapping of(String javaType, String protoType) {
    return new TypeMapping(javaType, protoType, "", "", "", 0);
  }

  /** This rule with the file that defines its proto type. */
  public TypeMapping withProtoImport(String file) {
    return new TypeMapping(javaType, protoType, file, converter, columnDefinition, minPrecision);
  }

  /** This rule with a converter class, named by its binary name. */
  public TypeMapping withConverter(String converterClass) {
    return new TypeMapping(javaType, protoType, protoImport, converterClass, columnDefinition, minPrecision);
  }

  /** This rule restricted to columns whose definition contains a match of {@code regex}. */
  public TypeMapping whenColumnDefinitionMatches(String regex) {
    return new TypeMapping(javaType, protoType, protoImport, converter, regex, minPrecision);
  }

  /** This rule restricted to columns declared with at least {@code precision} digits. */
  public TypeMapping whenPrecisionAtLeast(int precision) {
    return new TypeMapping(javaType, protoType, protoImport, converter, columnDefinition, precision);
  }
}
