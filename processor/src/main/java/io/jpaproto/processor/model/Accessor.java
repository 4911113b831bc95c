package io.jpaproto.processor.model;

import javax.lang.model.type.TypeMirror;

/**
 * How generated code in the entity's package reads or writes an attribute: through a method (getter or setter) or
 * directly through the field.
 *
 * @param kind method or field
 * @param name the method or field name
 * @param type for a reader, the type it returns (a collection getter may return a view of another collection type),
 *     else {@code null}
 */
public record Accessor(Kind kind, String name, TypeMirror type) {

  /** The two ways of reaching an attribute. */
  public enum Kind { METHOD, FIELD }

  /** A getter returning {@code type}. */
  public static Accessor getter(String name, TypeMirror type) {
    return new Accessor(Kind.METHOD, name, type);
  }

  /** A setter. */
  public static Accessor setter(String name) {
    return new Accessor(Kind.METHOD, name, null);
  }

  /** Direct field access, reading {@code type} (or {@code null} for writing). */
  public static Accessor field(String name, TypeMirror type) {
    return new Accessor(Kind.FIELD, name, type);
  }
}
