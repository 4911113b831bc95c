package io.jpaproto.processor.discover;

import java.util.HashMap;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Finds classes by qualified name, each once per compilation, in the module the entities are compiled in.
 *
 * <p>Two things make {@link Elements#getTypeElement(CharSequence)} expensive in a processor that asks for many names:
 * it answers afresh every time, and for a class that does not exist (the normal case for protoc's message classes in
 * the first pass of a build) javac searches every module of the JDK before it gives up, roughly seventy lookups, each
 * of which creates symbols. Asking in one module costs one lookup; remembering the answer makes every further question
 * free. The module is that of the entities: the classes jpaproto looks for (protoc's, gRPC's, the JDK's, the entities'
 * own) are the ones its generated code, compiled there, can use.
 */
public final class TypeLookup {
  private final Elements elements;
  private final ModuleElement module;
  private final Map<String, TypeElement> found = new HashMap<>();

  private TypeLookup(Elements elements, ModuleElement module) {
    this.elements = elements;
    this.module = module;
  }

  /**
   * Looks up in the module of {@code context} (an entity of the compilation), or everywhere when there is none
   * (a compilation without modules, as with {@code --release 8}).
   */
  public static TypeLookup in(Elements elements, Element context) {
    return new TypeLookup(elements, context == null ? null : elements.getModuleOf(context));
  }

  /** The class, or {@code null} when the compilation has none of that name. */
  public TypeElement find(CharSequence qualifiedName) {
    String name = qualifiedName.toString();
    if (!found.containsKey(name)) {
      found.put(name, module != null ? elements.getTypeElement(module, name) : elements.getTypeElement(name));
    }
    return found.get(name);
  }

  /** Whether the compilation has a class of that name. */
  public boolean exists(CharSequence qualifiedName) {
    return find(qualifiedName) != null;
  }
}
