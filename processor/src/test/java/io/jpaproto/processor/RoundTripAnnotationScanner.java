package io.jpaproto.processor;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Records the jpaproto annotations of a model's members for {@link RealisticRoundTripTest}. {@code @ProtoIgnore},
 * {@code @ProtoField} and {@code @ProtoRelation} have CLASS retention, so reflection over the compiled entities cannot
 * see them; this processor reads them from the sources in a {@code -proc:only} run.
 *
 * <p>The result maps {@code <binary class name>#<field or method name>} to the annotations found there, by simple
 * name, with the one element the test needs: {@code ProtoField -> name}, {@code ProtoRelation -> value} (the style's
 * constant name), {@code ProtoIgnore -> ""}.
 */
final class RoundTripAnnotationScanner extends AbstractProcessor {
  private static final Map<String, String> WANTED = Map.of(
      "io.jpaproto.ProtoIgnore", "",
      "io.jpaproto.ProtoField", "name",
      "io.jpaproto.ProtoRelation", "value");

  private final Map<String, Map<String, String>> found = new LinkedHashMap<>();

  /** What the run found: member key -> annotation simple name -> element value. */
  Map<String, Map<String, String>> found() {
    return found;
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (Element root : round.getRootElements()) {
      if (root instanceof TypeElement type) {
        scanType(type);
      }
    }
    return false;
  }

  private void scanType(TypeElement type) {
    String owner = processingEnv.getElementUtils().getBinaryName(type).toString();
    for (Element member : type.getEnclosedElements()) {
      if (member instanceof TypeElement nested) {
        scanType(nested);
      } else if (member.getKind() == ElementKind.FIELD || member.getKind() == ElementKind.METHOD) {
        for (AnnotationMirror mirror : member.getAnnotationMirrors()) {
          String name = ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
          if (WANTED.containsKey(name)) {
            found.computeIfAbsent(owner + "#" + member.getSimpleName(), key -> new LinkedHashMap<>())
                .put(name.substring(name.lastIndexOf('.') + 1), element(mirror, WANTED.get(name)));
          }
        }
      }
    }
  }

  /** The value of element {@code name} of the annotation as text ("" when not given or not wanted). */
  private static String element(AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
        : mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        Object value = entry.getValue().getValue();
        return value instanceof Element constant ? constant.getSimpleName().toString() : String.valueOf(value);
      }
    }
    return "";
  }
}
