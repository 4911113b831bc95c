package io.jpaproto.processor.discover;

import java.util.Locale;
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

  /**
   * The canonical name of a type's erasure: {@code long}, {@code byte[]}, {@code java.util.UUID}. Type-use annotations
   * ({@code @NotNull boolean}) are not part of the name: javac's {@code toString} of a primitive would include them.
   */
  public static String canonicalName(Types types, TypeMirror type) {
    TypeMirror erased = types.erasure(type);
    if (erased.getKind() == TypeKind.ARRAY) {
      return canonicalName(types, ((ArrayType) erased).getComponentType()) + "[]";
    }
    if (erased.getKind() == TypeKind.DECLARED) {
      return ((TypeElement) ((DeclaredType) erased).asElement()).getQualifiedName().toString();
    }
    if (erased.getKind().isPrimitive()) {
      return erased.getKind().name().toLowerCase(Locale.ROOT);
    }
    return erased.toString();
  }
}
