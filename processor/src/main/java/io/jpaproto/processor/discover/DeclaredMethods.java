package io.jpaproto.processor.discover;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * The methods each type declares, by name, and each type's supertypes, read once per compilation: the entities of a
 * model share their mapped superclasses, interfaces and {@code Object}, whose members {@link Methods} would otherwise
 * read again for every entity.
 */
final class DeclaredMethods {
  private final Map<Element, Map<String, List<ExecutableElement>>> byType = new HashMap<>();
  private final Map<Element, List<TypeElement>> closures = new HashMap<>();

  /** The methods {@code type} declares (not those it inherits), by simple name, in declaration order. */
  Map<String, List<ExecutableElement>> of(TypeElement type) {
    Map<String, List<ExecutableElement>> result = byType.get(type);
    if (result == null) {
      result = new HashMap<>();
      for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
        String name = method.getSimpleName().toString();
        List<ExecutableElement> named = result.get(name);
        if (named == null) {
          named = new ArrayList<>(1);
          result.put(name, named);
        }
        named.add(method);
      }
      byType.put(type, result);
    }
    return result;
  }

  /** {@code type} and all its supertypes, classes and interfaces, each once, {@code type} first. */
  List<TypeElement> closure(TypeElement type) {
    List<TypeElement> result = closures.get(type);
    if (result == null) {
      Set<TypeElement> all = new LinkedHashSet<>();
      all.add(type);
      addClosure(type.getSuperclass(), all);
      for (TypeMirror implemented : type.getInterfaces()) {
        addClosure(implemented, all);
      }
      result = List.copyOf(all);
      closures.put(type, result);
    }
    return result;
  }

  private void addClosure(TypeMirror supertype, Set<TypeElement> all) {
    if (supertype.getKind() == TypeKind.DECLARED
        && ((DeclaredType) supertype).asElement() instanceof TypeElement element) {
      all.addAll(closure(element));
    }
  }
}
