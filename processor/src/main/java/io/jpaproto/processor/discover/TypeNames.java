package io.jpaproto.processor.discover;

import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/** Names types the way the type-mapping table does. */
public final class TypeNames {
  private TypeNames() {
  }

  /** The canonical name of a type's erasure: {@code long}, {@code byte[]}, {@code java.util.UUID}. */
  public static String canonicalName(Types types, TypeMirror type) {
    TypeMirror erased = types.erasure(type);
    if (erased.getKind() == TypeKind.ARRAY) {
      return canonicalName(types, ((ArrayType) erased).getComponentType()) + "[]";
    }
    if (erased.getKind() == TypeKind.DECLARED) {
      return ((TypeElement) ((DeclaredType) erased).asElement()).getQualifiedName().toString();
    }
    return erased.toString();
  }
}
