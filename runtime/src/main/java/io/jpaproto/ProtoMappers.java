package io.jpaproto;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Asks for mappers of entities compiled in another module: the two-module layout, where a model module ships the
 * entities and their protos in its jar, and an API module compiles those protos with protoc and gets the mappers.
 * Put it on any class or {@code package-info.java} of the API module:
 * <pre>{@code
 * @ProtoMappers({Book.class, Author.class})
 * package com.acme.library.api;
 * }</pre>
 * The processor writes only mappers for these entities (in each entity's own package), never their protos.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.PACKAGE})
public @interface ProtoMappers {

  /** The entity classes to write mappers for. */
  Class<?>[] value();
}
