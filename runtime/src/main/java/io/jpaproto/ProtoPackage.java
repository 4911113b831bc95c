package io.jpaproto;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Chooses the proto package and the Java package of the protoc-generated classes for the entities of one Java package.
 * Put it on {@code package-info.java}:
 * <pre>{@code
 * @ProtoPackage(value = "acme.shop.v1", javaPackage = "com.acme.shop.api")
 * package com.acme.shop;
 * }</pre>
 * The proto file is written at {@code <value as a path>/<last Java package segment>.proto}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PACKAGE)
public @interface ProtoPackage {

  /** The proto package, for example {@code "acme.shop.v1"}; empty means the Java package plus {@code .v1}. */
  String value() default "";

  /**
   * The {@code java_package} option, where protoc puts the message classes; empty means the Java package plus
   * {@code .proto}. It must differ from the entities' package so message and entity classes never clash.
   */
  String javaPackage() default "";
}
