package io.jpaproto.processor.types;

import io.jpaproto.processor.discover.Annotations;
import io.jpaproto.processor.discover.TypeNames;
import io.jpaproto.processor.report.Diagnostic;
import io.jpaproto.processor.report.Reporter;
import io.jpaproto.spi.TypeMapping;
import io.jpaproto.spi.TypeMappingProvider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Reads the project rules ({@code @ProtoTypeMapping}) and the provider rules (SPI) of the type-mapping table. */
public final class TypeRuleLoader {
  private final Elements elements;
  private final Types types;
  private final Annotations annotations;
  private final Reporter reporter;

  /** A {@code @ProtoTypeMapping}, with what diagnostics need to point at it. */
  private record RuleAnnotation(Element holder, AnnotationMirror rule, AnnotationMirror anchor, AnnotationValue value) {
  }

  /** Where a rule comes from, for diagnostics: the annotation, or nothing for provider rules. */
  private record Source(String origin, Element holder, AnnotationMirror anchor, AnnotationValue value) {
  }

  public TypeRuleLoader(Elements elements, Types types, Reporter reporter) {
    this.elements = elements;
    this.types = types;
    this.annotations = new Annotations(elements);
    this.reporter = reporter;
  }

  /** The {@code @ProtoTypeMapping} rules on {@code holders} (packages and classes), in the given order. */
  public List<TypeRule> projectRules(List<? extends Element> holders) {
    List<TypeRule> rules = new ArrayList<>();
    for (Element holder : holders) {
      for (RuleAnnotation annotation : typeMappings(holder)) {
        TypeRule rule = projectRule(annotation);
        if (rule != null) {
          rules.add(rule);
        }
      }
    }
    return rules;
  }

  /** The rules of every {@link TypeMappingProvider} on the processor path, providers ordered by class name. */
  public List<TypeRule> providerRules(ClassLoader loader) {
    List<TypeMappingProvider> providers = new ArrayList<>();
    try {
      for (TypeMappingProvider provider : ServiceLoader.load(TypeMappingProvider.class, loader)) {
        providers.add(provider);
      }
    } catch (ServiceConfigurationError | LinkageError e) {
      reporter.report(Diagnostic.PROVIDER_FAILED, null,
          "listed in META-INF/services/" + TypeMappingProvider.class.getName(), e);
      return List.of();
    }
    providers.sort(Comparator.comparing(provider -> provider.getClass().getName()));
    List<TypeRule> rules = new ArrayList<>();
    for (TypeMappingProvider provider : providers) {
      String name = provider.getClass().getName();
      List<TypeMapping> mappings;
      try {
        mappings = provider.typeMappings();
      } catch (RuntimeException | LinkageError | AssertionError e) {
        reporter.report(Diagnostic.PROVIDER_FAILED, null, name, e);
        continue;
      }
      if (mappings == null) {
        reporter.report(Diagnostic.PROVIDER_FAILED, null, name, "typeMappings() returned null instead of a list");
        continue;
      }
      Source source = new Source("provider " + name, null, null, null);
      for (TypeMapping mapping : mappings) {
        if (mapping == null) {
          reporter.report(Diagnostic.PROVIDER_FAILED, null, name, "typeMappings() contains a null rule");
          continue;
        }
        TypeRule rule = rule(source, mapping.javaType(), mapping.protoType(), mapping.protoImport(),
            mapping.converter(), mapping.columnDefinition(), mapping.minPrecision());
        if (rule != null) {
          rules.add(rule);
        }
      }
    }
    return rules;
  }

  private List<RuleAnnotation> typeMappings(Element holder) {
    List<RuleAnnotation> found = new ArrayList<>();
    AnnotationMirror single = Annotations.find(holder, Annotations.PROTO_TYPE_MAPPING);
    if (single != null) {
      found.add(new RuleAnnotation(holder, single, single, null));
    }
    AnnotationMirror container = Annotations.find(holder, Annotations.PROTO_TYPE_MAPPINGS);
    if (container != null) {
      @SuppressWarnings("unchecked")
      List<? extends AnnotationValue> values =
          (List<? extends AnnotationValue>) annotations.value(container, "value").getValue();
      for (AnnotationValue value : values) {
        found.add(new RuleAnnotation(holder, (AnnotationMirror) value.getValue(), container, value));
      }
    }
    return found;
  }

  private TypeRule projectRule(RuleAnnotation annotation) {
    AnnotationMirror mirror = annotation.rule();
    Element holder = annotation.holder();
    String where = " on " + holder.getKind().toString().toLowerCase(Locale.ROOT) + " " + holder;
    // Inside an implicit container javac cannot point at the rule itself, so the message spells the rule out.
    String rule = annotation.value() == null ? "@ProtoTypeMapping"
        : "@ProtoTypeMapping(javaType = " + annotations.value(mirror, "javaType") + ", protoType = "
            + annotations.value(mirror, "protoType") + ")";
    Source source = new Source(rule + where, holder, annotation.anchor(), annotation.value());
    TypeMirror javaType = annotations.type(mirror, "javaType");
    String converter = annotations.converter(mirror, "converter");
    if (javaType == null || converter.equals(Annotations.UNRESOLVED)) {
      return null; // javac reports the unresolved class itself
    }
    if (!converter.isEmpty() && !isConverter(annotations.type(mirror, "converter"))) {
      invalid(source, converter + " does not implement io.jpaproto.convert.Converter");
      return null;
    }
    return rule(source, TypeNames.canonicalName(types, javaType), annotations.string(mirror, "protoType").trim(),
        annotations.string(mirror, "protoImport").trim(), converter,
        annotations.string(mirror, "columnDefinition"), annotations.integer(mirror, "minPrecision"));
  }

  private TypeRule rule(Source source, String javaType, String protoTypeName, String protoImport, String converter,
      String columnDefinition, int minPrecision) {
    if (javaType.isBlank()) {
      invalid(source, "its javaType is empty");
      return null;
    }
    ProtoType protoType = ProtoType.resolve(protoTypeName, protoImport);
    if (protoType == null) {
      invalid(source, "proto type \"" + protoTypeName + "\" is neither a proto scalar nor a known message; "
          + "give a fully qualified name with its protoImport");
      return null;
    }
    Conversion conversion = converter.isEmpty()
        ? TypeMappingTable.builtInConversion(javaType, protoType)
        : Conversion.converter(converter);
    if (conversion == null) {
      invalid(source, "there is no built-in conversion from " + javaType + " to " + protoType.name()
          + "; name a converter class implementing io.jpaproto.convert.Converter");
      return null;
    }
    TypeRule rule = TypeRule.of(javaType, protoType, conversion, source.origin());
    if (!columnDefinition.isEmpty()) {
      try {
        Pattern.compile(columnDefinition);
      } catch (PatternSyntaxException e) {
        invalid(source, "columnDefinition is not a regular expression: " + e.getDescription());
        return null;
      }
      rule = rule.whenColumnDefinition(columnDefinition);
    }
    return minPrecision > 0 ? rule.whenPrecisionAtLeast(minPrecision) : rule;
  }

  private void invalid(Source source, String problem) {
    reporter.report(Diagnostic.INVALID_TYPE_RULE, source.holder(), source.anchor(), source.value(),
        source.origin(), problem);
  }

  private boolean isConverter(TypeMirror type) {
    TypeElement converter = elements.getTypeElement(Annotations.CONVERTER);
    return converter != null && types.isAssignable(types.erasure(type), types.erasure(converter.asType()));
  }
}
