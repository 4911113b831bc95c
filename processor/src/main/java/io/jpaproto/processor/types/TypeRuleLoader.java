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
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import javax.lang.model.element.AnnotationMirror;
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
      for (AnnotationMirror mirror : typeMappings(holder)) {
        TypeRule rule = projectRule(holder, mirror);
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
    } catch (ServiceConfigurationError e) {
      reporter.report(Diagnostic.PROVIDER_FAILED, null, "loading", e.getMessage());
      return List.of();
    }
    providers.sort(Comparator.comparing(provider -> provider.getClass().getName()));
    List<TypeRule> rules = new ArrayList<>();
    for (TypeMappingProvider provider : providers) {
      String origin = "provider " + provider.getClass().getName();
      List<TypeMapping> mappings;
      try {
        mappings = provider.typeMappings();
      } catch (RuntimeException e) {
        reporter.report(Diagnostic.PROVIDER_FAILED, null, provider.getClass().getName(), e);
        continue;
      }
      for (TypeMapping mapping : mappings) {
        TypeRule rule = rule(origin, null, null, mapping.javaType(), mapping.protoType(), mapping.protoImport(),
            mapping.converter(), mapping.columnDefinition(), mapping.minPrecision());
        if (rule != null) {
          rules.add(rule);
        }
      }
    }
    return rules;
  }

  private List<AnnotationMirror> typeMappings(Element holder) {
    List<AnnotationMirror> mirrors = new ArrayList<>();
    AnnotationMirror single = Annotations.find(holder, Annotations.PROTO_TYPE_MAPPING);
    if (single != null) {
      mirrors.add(single);
    }
    AnnotationMirror container = Annotations.find(holder, Annotations.PROTO_TYPE_MAPPINGS);
    if (container != null) {
      mirrors.addAll(annotations.annotations(container, "value"));
    }
    return mirrors;
  }

  private TypeRule projectRule(Element holder, AnnotationMirror mirror) {
    String origin = "@ProtoTypeMapping on " + holder;
    TypeMirror javaType = annotations.type(mirror, "javaType");
    String converter = annotations.converter(mirror, "converter");
    if (!converter.isEmpty() && !isConverter(annotations.type(mirror, "converter"))) {
      reporter.report(Diagnostic.INVALID_TYPE_RULE, holder, mirror, origin,
          converter + " does not implement io.jpaproto.convert.Converter");
      return null;
    }
    return rule(origin, holder, mirror, TypeNames.canonicalName(types, javaType), annotations.string(mirror, "protoType").trim(),
        annotations.string(mirror, "protoImport").trim(), converter,
        annotations.string(mirror, "columnDefinition"), annotations.integer(mirror, "minPrecision"));
  }

  private TypeRule rule(String origin, Element holder, AnnotationMirror mirror, String javaType, String protoTypeName,
      String protoImport, String converter, String columnDefinition, int minPrecision) {
    ProtoType protoType = ProtoType.resolve(protoTypeName, protoImport);
    if (javaType.isEmpty() || protoType == null) {
      reporter.report(Diagnostic.INVALID_TYPE_RULE, holder, mirror, origin,
          "proto type \"" + protoTypeName + "\" is neither a proto scalar nor a known message; "
              + "give a fully qualified name with its protoImport");
      return null;
    }
    Conversion conversion = converter.isEmpty()
        ? TypeMappingTable.builtInConversion(javaType, protoType)
        : Conversion.converter(converter);
    if (conversion == null) {
      reporter.report(Diagnostic.INVALID_TYPE_RULE, holder, mirror, origin,
          "there is no built-in conversion from " + javaType + " to " + protoType.name()
              + "; name a converter class implementing io.jpaproto.convert.Converter");
      return null;
    }
    TypeRule rule = TypeRule.of(javaType, protoType, conversion, origin);
    if (!columnDefinition.isEmpty()) {
      try {
        Pattern.compile(columnDefinition);
      } catch (PatternSyntaxException e) {
        reporter.report(Diagnostic.INVALID_TYPE_RULE, holder, mirror, origin,
            "columnDefinition is not a regular expression: " + e.getDescription());
        return null;
      }
      rule = rule.whenColumnDefinition(columnDefinition);
    }
    return minPrecision > 0 ? rule.whenPrecisionAtLeast(minPrecision) : rule;
  }

  private boolean isConverter(TypeMirror type) {
    TypeElement converter = elements.getTypeElement(Annotations.CONVERTER);
    return converter != null && types.isAssignable(types.erasure(type), types.erasure(converter.asType()));
  }
}
