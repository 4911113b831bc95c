package io.jpaproto.processor.model;

/**
 * How generated code in the entity's package reads or writes an attribute: through a method (getter or setter) or
 * directly through the field.
 *
 * @param kind method or field
 * @param name the method or field name
 */
public record Accessor(Kind kind, String name) {

  /** The two ways of reaching an attribute. */
  public enum Kind { METHOD, FIELD }

  /** A getter or setter. */
  public static Accessor method(String name) {
    return new Accessor(Kind.METHOD, name);
  }

  /** Direct field access. */
  public static Accessor field(String name) {
    return new Accessor(Kind.FIELD, name);
  }
}
