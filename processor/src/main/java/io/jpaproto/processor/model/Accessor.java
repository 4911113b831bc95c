package io.jpaproto.processor.model;

import javax.lang.model.element.Element;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * How generated code reads or writes an attribute: through a method (getter or setter) or through the field. Generated
 * code uses a field directly where Java lets it, and otherwise through a {@link java.lang.invoke.VarHandle} it obtains
 * once (a private field, or a package-private one seen from another package); see {@code write.MemberAccess}.
 *
 * @param kind method or field
 * @param name the method or field name
 * @param type for a reader, the type it returns (a collection getter may return a view of another collection type),
 *     else {@code null}
 * @param member the getter, setter or field
 * @param field the attribute's field, reached through a handle where the method is not visible from where it is used
 *     (a relation's target seen from another package), or {@code null}
 */
public record Accessor(Kind kind, String name, TypeMirror type, Element member, VariableElement field) {

  /** The two ways of reaching an attribute. */
  public enum Kind { METHOD, FIELD }

  /** A getter returning {@code type}; {@code field} is the attribute's field, or {@code null}. */
  public static Accessor getter(String name, TypeMirror type, Element method, VariableElement field) {
    return new Accessor(Kind.METHOD, name, type, method, field);
  }

  /** A setter; {@code field} is the attribute's non-final field, or {@code null}. */
  public static Accessor setter(String name, Element method, VariableElement field) {
    return new Accessor(Kind.METHOD, name, null, method, field);
  }

  /** Field access, reading {@code type} (or {@code null} for writing). */
  public static Accessor field(VariableElement field, TypeMirror type) {
    return new Accessor(Kind.FIELD, field.getSimpleName().toString(), type, field, field);
  }
}
