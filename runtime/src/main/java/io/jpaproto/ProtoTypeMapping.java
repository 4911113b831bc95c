package io.jpaproto;

import io.jpaproto.convert.Converter;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A project rule of the type-mapping table: every persistent attribute of {@link #javaType()} (optionally only those
 * whose column matches) becomes {@link #protoType()}. Put it on a {@code package-info.java} or on any class compiled
 * with the entities; it applies to every entity of the compilation and wins over the built-in defaults and over
 * {@link io.jpaproto.spi.TypeMappingProvider} rules. A {@link ProtoField} on an attribute wins over it.
 * <pre>{@code
 * @ProtoTypeMapping(javaType = BigInteger.class, protoType = "string")   // arbitrary precision integers
 * package com.acme.shop;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Repeatable(ProtoTypeMappings.class)
public @interface ProtoTypeMapping {

  /** The Java type the rule applies to; primitives ({@code long.class}) and arrays ({@code byte[].class}) work. */
  Class<?> javaType();

  /** The proto type: a scalar such as {@code "string"} or a fully qualified message or enum name. */
  String protoType();

  /** The file defining {@link #protoType()} when jpaproto does not know it. */
  String protoImport() default "";

  /** The converter; {@code Converter.class} (the default) uses the built-in conversion for the pair. */
  @SuppressWarnings("rawtypes")
  Class<? extends Converter> converter() default Converter.class;

  /** A case-insensitive regular expression the column's {@code columnDefinition} must contain a match of; empty matches any. */
  String columnDefinition() default "";

  /** The smallest {@code @Column(precision)} the rule applies to; {@code 0} matches any. */
  int minPrecision() default 0;
}
