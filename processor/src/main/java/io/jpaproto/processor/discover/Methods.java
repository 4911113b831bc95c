package io.jpaproto.processor.discover;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * The methods of a class, its inherited ones included, by name: where the getter and the setter of each attribute are
 * looked up.
 *
 * <p>The answer is the one {@link Elements#getAllMembers} gives, in its order, but usually without asking javac for
 * it: that builds a scope of every member of the class and its supertypes and checks each pair of same-named methods
 * for overriding, once per entity, for {@code Object}'s and the mapped superclass's members again and again. A name
 * that the class and its supertypes declare once in all, by the class itself or as a public instance method (as
 * getters and setters are), needs none of that: {@code getAllMembers} lists that method and no other of the name. Any
 * other name (an override, an overload, a method of a supertype that the class may not inherit) is answered from
 * {@code getAllMembers}, read then, once per class.
 */
final class Methods {
  private final Elements elements;
  private final TypeElement type;
  private final DeclaredMethods declared;
  private final List<TypeElement> closure;
  /** Built on the first name declared more than once. */
  private AllMembers all;

  Methods(Elements elements, TypeElement type, DeclaredMethods declared) {
    this.elements = elements;
    this.type = type;
    this.declared = declared;
    this.closure = declared.closure(type);
  }

  /** The methods called {@code name}, in the order {@link Elements#getAllMembers} lists them. */
  List<ExecutableElement> named(String name) {
    return named(name, name);
  }

  /**
   * The methods called {@code first} or {@code second}, in the order {@link Elements#getAllMembers} lists them (so
   * that the first match is the same as in a pass over all methods).
   */
  List<ExecutableElement> named(String first, String second) {
    List<String> names = first.equals(second) ? List.of(first) : List.of(first, second);
    ExecutableElement only = null;
    int count = 0;
    for (TypeElement supertype : closure) {
      Map<String, List<ExecutableElement>> byName = declared.of(supertype);
      for (String name : names) {
        List<ExecutableElement> methods = byName.get(name);
        if (methods != null) {
          count += methods.size();
          only = methods.get(0);
        }
      }
    }
    if (count == 0) {
      return List.of();
    }
    if (count == 1 && (only.getEnclosingElement().equals(type) || inheritedWherever(only))) {
      return List.of(only);
    }
    if (all == null) {
      all = new AllMembers(ElementFilter.methodsIn(elements.getAllMembers(type)));
    }
    return all.named(first, second);
  }

  /**
   * Whether every subclass inherits {@code method}: a public instance method does (a static method of an interface,
   * or a package-private one seen from another package, does not).
   */
  private static boolean inheritedWherever(ExecutableElement method) {
    Set<Modifier> modifiers = method.getModifiers();
    return modifiers.contains(Modifier.PUBLIC) && !modifiers.contains(Modifier.STATIC);
  }

  /** The methods {@link Elements#getAllMembers} lists, indexed by name. */
  private static final class AllMembers {
    private final List<ExecutableElement> all;
    /** Positions in {@link #all} by method name, in increasing order. */
    private final Map<String, List<Integer>> positions = new HashMap<>();

    AllMembers(List<ExecutableElement> all) {
      this.all = all;
      for (int i = 0; i < all.size(); i++) {
        positions.computeIfAbsent(all.get(i).getSimpleName().toString(), name -> new ArrayList<>()).add(i);
      }
    }

    List<ExecutableElement> named(String first, String second) {
      List<Integer> a = positions.getOrDefault(first, List.of());
      List<Integer> b = first.equals(second) ? List.of() : positions.getOrDefault(second, List.of());
      List<ExecutableElement> result = new ArrayList<>(a.size() + b.size());
      int i = 0;
      int j = 0;
      while (i < a.size() || j < b.size()) {
        if (j == b.size() || (i < a.size() && a.get(i) < b.get(j))) {
          result.add(all.get(a.get(i++)));
        } else {
          result.add(all.get(b.get(j++)));
        }
      }
      return result;
    }
  }
}
