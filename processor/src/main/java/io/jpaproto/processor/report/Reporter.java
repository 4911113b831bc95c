package io.jpaproto.processor.report;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/** Sends catalogue entries to javac, on the element (and annotation) they are about, and counts errors. */
public final class Reporter {
  private final Messager messager;
  private final boolean verbose;
  private int errors;

  public Reporter(Messager messager, boolean verbose) {
    this.messager = messager;
    this.verbose = verbose;
  }

  /** Reports an entry on an element. */
  public void report(Diagnostic diagnostic, Element element, Object... args) {
    report(diagnostic, element, null, args);
  }

  /** Reports an entry on an annotation of an element, so IDEs underline the annotation itself. */
  public void report(Diagnostic diagnostic, Element element, AnnotationMirror annotation, Object... args) {
    if (diagnostic.verboseOnly() && !verbose) {
      return;
    }
    if (diagnostic.kind() == javax.tools.Diagnostic.Kind.ERROR) {
      errors++;
    }
    String message = diagnostic.format(args);
    if (element == null) {
      messager.printMessage(diagnostic.kind(), message);
    } else if (annotation == null) {
      messager.printMessage(diagnostic.kind(), message, element);
    } else {
      messager.printMessage(diagnostic.kind(), message, element, annotation);
    }
  }

  /** Reports an entry on one value of an annotation, such as one rule inside a repeated-annotation container. */
  public void report(Diagnostic diagnostic, Element element, AnnotationMirror annotation, AnnotationValue value,
      Object... args) {
    if (value == null) {
      report(diagnostic, element, annotation, args);
      return;
    }
    if (diagnostic.kind() == javax.tools.Diagnostic.Kind.ERROR) {
      errors++;
    }
    messager.printMessage(diagnostic.kind(), diagnostic.format(args), element, annotation, value);
  }

  /** The number of errors reported so far. */
  public int errorCount() {
    return errors;
  }
}
