package io.jpaproto.processor.discover;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * The methods of a class, its inherited ones included, indexed by name once: finding the getter and the setter of
 * each attribute then costs a map lookup instead of a pass over every method with a name comparison each.
 */
final class Methods {
  private final List<ExecutableElement> all;
  /** Positions in {@link #all} by method name, in increasing order. */
  private final Map<String, List<Integer>> positions = new HashMap<>();

  Methods(Elements elements, TypeElement type) {
    this.all = ElementFilter.methodsIn(elements.getAllMembers(type));
    for (int i = 0; i < all.size(); i++) {
      positions.computeIfAbsent(all.get(i).getSimpleName().toString(), name -> new ArrayList<>()).add(i);
    }
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
