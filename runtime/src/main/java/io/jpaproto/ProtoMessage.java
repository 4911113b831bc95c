package io.jpaproto;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Chooses the proto name of the message (for an entity) or enum (for a Java enum) generated from a type. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ProtoMessage {

  /** The PascalCase proto name; empty derives it from the Java simple name. */
  String name() default "";
}
