package io.jpaproto.processor.plugin;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic.Kind;

/**
 * Reports through javac's log, on the source position of the element (annotation, annotation value) as a processor's
 * messager does, so an error fails the compile and IDEs and Maven show it where it belongs.
 */
final class PluginMessager implements Messager {
  private final Trees trees;
  /** Where a message about no element in particular goes: javac's log takes messages on a position only. */
  private final CompilationUnitTree fallback;

  PluginMessager(Trees trees, CompilationUnitTree fallback) {
    this.trees = trees;
    this.fallback = fallback;
  }

  @Override
  public void printMessage(Kind kind, CharSequence message) {
    if (fallback == null || kind == Kind.NOTE || kind == Kind.OTHER) {
      // As javac prints its own notes without a position.
      System.err.println((kind == Kind.ERROR ? "error: " : kind == Kind.NOTE ? "Note: " : "warning: ") + message);
    } else {
      trees.printMessage(kind, message, fallback, fallback);
    }
  }

  @Override
  public void printMessage(Kind kind, CharSequence message, Element element) {
    print(kind, message, element == null ? null : trees.getPath(element), element);
  }

  @Override
  public void printMessage(Kind kind, CharSequence message, Element element, AnnotationMirror annotation) {
    TreePath path = element == null || annotation == null ? null : trees.getPath(element, annotation);
    print(kind, message, path != null ? path : element == null ? null : trees.getPath(element), element);
  }

  @Override
  public void printMessage(Kind kind, CharSequence message, Element element, AnnotationMirror annotation,
      AnnotationValue value) {
    TreePath path = element == null || annotation == null || value == null ? null
        : trees.getPath(element, annotation, value);
    if (path == null) {
      printMessage(kind, message, element, annotation);
    } else {
      print(kind, message, path, element);
    }
  }

  private void print(Kind kind, CharSequence message, TreePath path, Element element) {
    if (path != null) {
      trees.printMessage(kind, message, path.getLeaf(), path.getCompilationUnit());
    } else {
      // An element javac read from a class file has no source position: name it.
      printMessage(kind, element == null ? message : element + ": " + message);
    }
  }
}
