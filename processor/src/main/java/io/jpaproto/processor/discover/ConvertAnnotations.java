package io.jpaproto.processor.discover;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Reads JPA's {@code @Convert} annotations of an attribute. The scanner needs them to tell a converted collection
 * (one basic value) from an element collection; the type stage decides which converter applies.
 */
public final class ConvertAnnotations {
  public static final String CONVERT = "jakarta.persistence.Convert";
  public static final String CONVERTS = "jakarta.persistence.Converts";
  public static final String ATTRIBUTE_CONVERTER = "jakarta.persistence.AttributeConverter";

  private final Annotations annotations;

  public ConvertAnnotations(Elements elements) {
    this(new Annotations(elements));
  }

  /** Reads through {@code annotations}, sharing what it has read already. */
  public ConvertAnnotations(Annotations annotations) {
    this.annotations = annotations;
  }

  /** The {@code @Convert} annotations of the element, those inside {@code @Converts} included. */
  public List<AnnotationMirror> converts(Element element) {
    List<AnnotationMirror> found = new ArrayList<>();
    AnnotationMirror single = annotations.mirror(element, CONVERT);
    if (single != null) {
      found.add(single);
    }
    AnnotationMirror container = annotations.mirror(element, CONVERTS);
    if (container != null) {
      found.addAll(annotations.annotations(container, "value"));
    }
    return found;
  }

  /** The {@code attributeName} of a {@code @Convert}. */
  public String attributeName(AnnotationMirror convert) {
    return annotations.string(convert, "attributeName");
  }

  /** Whether a {@code @Convert} says {@code disableConversion = true}. */
  public boolean disables(AnnotationMirror convert) {
    return annotations.bool(convert, "disableConversion");
  }

  /** The converter class a {@code @Convert} names, or null for the default or a class javac could not resolve. */
  public TypeMirror converter(AnnotationMirror convert) {
    TypeMirror type = annotations.type(convert, "converter");
    if (!(type instanceof DeclaredType declared)
        || ((TypeElement) declared.asElement()).getQualifiedName().contentEquals(ATTRIBUTE_CONVERTER)) {
      return null;
    }
    return type;
  }

  /**
   * Whether the element names a converter for the attribute as a whole ({@code @Convert(converter = ...)} without
   * {@code attributeName}): then even a {@code Collection} or {@code Map} typed attribute is one basic value.
   */
  public boolean convertsWhole(Element element) {
    for (AnnotationMirror convert : converts(element)) {
      if (attributeName(convert).isEmpty() && !disables(convert) && converter(convert) != null) {
        return true;
      }
    }
    return false;
  }
}
