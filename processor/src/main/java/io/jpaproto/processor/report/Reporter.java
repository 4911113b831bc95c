package io.jpaproto.processor.report;

import java.util.Map;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/** Sends catalogue entries to javac, on the element (and annotation) they are about, and counts errors. */
public final class Reporter {
  private final Messager messager;
  private final boolean verbose;
  private final Map<Diagnostic, javax.tools.Diagnostic.Kind> kinds;
  private int errors;

  public Reporter(Messager messager, boolean verbose) {
    this(messager, verbose, Map.of());
  }

  /**
   * @param kinds entries reported with another kind than the catalogue's, as options configure them (such as JP140
   *     as a warning with {@code -Ajpaproto.secrets=warn})
   */
  public Reporter(Messager messager, boolean verbose, Map<Diagnostic, javax.tools.Diagnostic.Kind> kinds) {
    this.messager = messager;
    this.verbose = verbose;
    this.kinds = Map.copyOf(kinds);
  }

  /** The kind {@code diagnostic} is reported with. */
  public javax.tools.Diagnostic.Kind kindOf(Diagnostic diagnostic) {
    return kinds.getOrDefault(diagnostic, diagnostic.kind());
  }

  /**
   * Whether {@code diagnostic} is reported at all: a caller that builds the arguments of one per attribute asks this
   * first (the verbose-only notes are off in a normal build).
   */
  public boolean reports(Diagnostic diagnostic) {
    return verbose || !diagnostic.verboseOnly();
  }

  /** Reports an entry on an element. */
  public void report(Diagnostic diagnostic, Element element, Object... args) {
    report(diagnostic, element, null, args);
  }

  /** Reports an entry on an annotation of an element, so IDEs underline the annotation itself. */
  public void report(Diagnostic diagnostic, Element element, AnnotationMirror annotation, Object... args) {
    if (!reports(diagnostic)) {
      return;
    }
    javax.tools.Diagnostic.Kind kind = kindOf(diagnostic);
    if (kind == javax.tools.Diagnostic.Kind.ERROR) {
      errors++;
    }
    String message = diagnostic.format(args);
    if (element == null) {
      messager.printMessage(kind, message);
    } else if (annotation == null) {
      messager.printMessage(kind, message, element);
    } else {
      messager.printMessage(kind, message, element, annotation);
    }
  }

  /** Reports an entry on one value of an annotation, such as one rule inside a repeated-annotation container. */
  public void report(Diagnostic diagnostic, Element element, AnnotationMirror annotation, AnnotationValue value,
      Object... args) {
    if (value == null) {
      report(diagnostic, element, annotation, args);
      return;
    }
    javax.tools.Diagnostic.Kind kind = kindOf(diagnostic);
    if (kind == javax.tools.Diagnostic.Kind.ERROR) {
      errors++;
    }
    messager.printMessage(kind, diagnostic.format(args), element, annotation, value);
  }

  /** The number of errors reported so far. */
  public int errorCount() {
    return errors;
  }
}
