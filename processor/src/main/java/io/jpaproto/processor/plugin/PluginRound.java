package io.jpaproto.processor.plugin;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The compilation's classes as one processing round: its root elements are the top-level types and the packages of
 * {@code package-info.java} files javac entered. jpaproto's annotations go on types and packages only, so that is
 * where {@link #getElementsAnnotatedWith} looks (member types included).
 */
final class PluginRound implements RoundEnvironment {
  private final Elements elements;
  private final Set<Element> roots;
  private final boolean over;
  /**
   * The types and packages of this round by each annotation they carry (inherited ones included), in declaration
   * order: made in one pass the first time {@link #getElementsAnnotatedWith} is asked, which the processor asks for
   * each of its annotations.
   */
  private Map<Element, Set<Element>> byAnnotation;

  private PluginRound(Elements elements, Set<Element> roots, boolean over) {
    this.elements = elements;
    this.roots = roots;
    this.over = over;
  }

  static PluginRound of(Trees trees, Elements elements, Iterable<CompilationUnitTree> units) {
    Set<Element> roots = new LinkedHashSet<>();
    for (CompilationUnitTree unit : units) {
      TreePath unitPath = new TreePath(unit);
      if (unit.getPackage() != null && unit.getSourceFile().isNameCompatible("package-info",
          javax.tools.JavaFileObject.Kind.SOURCE)) {
        Element element = trees.getElement(new TreePath(unitPath, unit.getPackage()));
        if (element != null) {
          roots.add(element);
        }
      }
      for (Tree declaration : unit.getTypeDecls()) {
        Element element = trees.getElement(new TreePath(unitPath, declaration));
        if (element instanceof TypeElement) {
          roots.add(element);
        }
      }
    }
    return new PluginRound(elements, Collections.unmodifiableSet(roots), false);
  }

  /** The round after this one, in which processing is over: no root elements. */
  PluginRound over() {
    return new PluginRound(elements, Set.of(), true);
  }

  /** Those of {@code annotationNames} that some type or package of this round carries. */
  Set<TypeElement> annotationsPresent(Set<String> annotationNames) {
    Set<TypeElement> present = new LinkedHashSet<>();
    for (Element element : annotatable()) {
      for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
        TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
        if (annotationNames.contains(type.getQualifiedName().toString())) {
          present.add(type);
        }
      }
    }
    return present;
  }

  @Override
  public boolean processingOver() {
    return over;
  }

  @Override
  public boolean errorRaised() {
    return false;
  }

  @Override
  public Set<? extends Element> getRootElements() {
    return roots;
  }

  @Override
  public Set<? extends Element> getElementsAnnotatedWith(TypeElement annotation) {
    if (byAnnotation == null) {
      byAnnotation = new HashMap<>();
      for (Element element : annotatable()) {
        for (AnnotationMirror mirror : elements.getAllAnnotationMirrors(element)) {
          Element type = mirror.getAnnotationType().asElement();
          Set<Element> annotated = byAnnotation.get(type);
          if (annotated == null) {
            annotated = new LinkedHashSet<>();
            byAnnotation.put(type, annotated);
          }
          annotated.add(element);
        }
      }
    }
    return Collections.unmodifiableSet(byAnnotation.getOrDefault(annotation, Set.of()));
  }

  @Override
  public Set<? extends Element> getElementsAnnotatedWith(Class<? extends Annotation> annotation) {
    TypeElement type = elements.getTypeElement(annotation.getCanonicalName());
    return type == null ? Set.of() : getElementsAnnotatedWith(type);
  }

  /** The root elements and every type declared in them, in declaration order. */
  private List<Element> annotatable() {
    List<Element> found = new ArrayList<>();
    for (Element root : roots) {
      collect(root, found);
    }
    return found;
  }

  private static void collect(Element element, List<Element> found) {
    found.add(element);
    if (element.getKind() == ElementKind.PACKAGE) {
      return;
    }
    for (Element enclosed : element.getEnclosedElements()) {
      if (enclosed instanceof TypeElement) {
        collect(enclosed, found);
      }
    }
  }
}
