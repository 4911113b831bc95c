package io.jpaproto.processor.types;

import io.jpaproto.processor.discover.Annotations;
import io.jpaproto.processor.discover.ConvertAnnotations;
import io.jpaproto.processor.discover.TypeNames;
import io.jpaproto.processor.model.Attribute;
import io.jpaproto.processor.model.Shape;
import io.jpaproto.processor.report.Diagnostic;
import io.jpaproto.processor.report.Reporter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The JPA attribute converters of a compilation and which of them applies to which attribute value, as a JPA provider
 * decides it: {@code @Convert(converter = C.class)} on the attribute (for an element collection its elements, for a
 * map its values, or its keys with {@code attributeName = "key"}), else a {@code @Converter(autoApply = true)}
 * converter whose entity-side type is the value's type; {@code @Convert(disableConversion = true)} turns both off.
 * As JPA specifies, auto-applied converters skip ids, versions, relations and {@code @Enumerated}/{@code @Temporal}
 * attributes.
 *
 * <p>A converter is read from its {@code AttributeConverter<X, Y>} type arguments, resolved through generic
 * superclasses and interfaces. The type table maps its database-side type {@code Y}; the generated mapper creates one
 * instance per mapper, as JPA does, through the public no-argument constructor.
 */
public final class AttributeConverters {
  public static final String JPA_CONVERTER = "jakarta.persistence.Converter";
  private static final String ENUMERATED = "jakarta.persistence.Enumerated";
  private static final String TEMPORAL = "jakarta.persistence.Temporal";

  /**
   * A converter that applies to a value of an attribute.
   *
   * @param converter the converter class
   * @param entityType its entity-side type {@code X}
   * @param databaseType its database-side type {@code Y}, which the table maps
   * @param explicit whether {@code @Convert} names it (else it is auto-applied)
   * @param binaryName the converter's binary name, as generated code refers to it
   * @param castTo the canonical name of the attribute's type when the converter's {@code X} is a supertype of it
   *     (its results are cast), else {@code null}
   */
  public record Applied(TypeElement converter, TypeMirror entityType, TypeMirror databaseType, boolean explicit,
      String binaryName, String castTo) {
  }

  /** What {@link #find} returns after reporting why the attribute's converter cannot be used. */
  public static final Applied REFUSED = new Applied(null, null, null, true, null, null);

  private final Elements elements;
  private final Types types;
  private final Reporter reporter;
  private final Annotations annotations;
  private final ConvertAnnotations convert;
  /** The auto-applied converters by binary name, with their type arguments. */
  private final List<Applied> autoApplied = new ArrayList<>();

  /**
   * @param autoApplyCandidates classes annotated {@code @Converter} (others are ignored); those with
   *     {@code autoApply = true} and usable type arguments apply to every matching attribute
   */
  public AttributeConverters(Elements elements, Types types, Reporter reporter,
      Collection<TypeElement> autoApplyCandidates) {
    this.elements = elements;
    this.types = types;
    this.reporter = reporter;
    this.annotations = new Annotations(elements);
    this.convert = new ConvertAnnotations(elements);
    TreeMap<String, TypeElement> sorted = new TreeMap<>();
    for (TypeElement candidate : autoApplyCandidates) {
      sorted.put(elements.getBinaryName(candidate).toString(), candidate);
    }
    for (TypeElement candidate : sorted.values()) {
      AnnotationMirror converter = Annotations.find(candidate, JPA_CONVERTER);
      if (converter != null && annotations.bool(converter, "autoApply")) {
        TypeMirror[] arguments = typeArguments(candidate);
        if (arguments != null && usable(arguments[1])) {
          autoApplied.add(new Applied(candidate, arguments[0], arguments[1], false, null, null));
        }
      }
    }
  }

  /**
   * The {@code @Converter} classes javac can see from {@code packages} (sources of the compilation and classes on the
   * class path alike), nested classes included: where auto-applied converters of a library are found.
   */
  public static List<TypeElement> converterClassesIn(Elements elements, Collection<String> packages) {
    List<TypeElement> found = new ArrayList<>();
    for (String name : new java.util.TreeSet<>(packages)) {
      PackageElement element = elements.getPackageElement(name);
      if (element != null) {
        collectConverters(ElementFilter.typesIn(element.getEnclosedElements()), found);
      }
    }
    return found;
  }

  private static void collectConverters(List<TypeElement> types, List<TypeElement> found) {
    for (TypeElement type : types) {
      if (Annotations.has(type, JPA_CONVERTER)) {
        found.add(type);
      }
      collectConverters(ElementFilter.typesIn(type.getEnclosedElements()), found);
    }
  }

  /**
   * Whether every {@code @Convert} of the attribute names a value jpaproto can convert: reports JP164 and returns
   * false for an {@code attributeName} inside an embeddable or a {@code "key"} of something that is not a map, and for
   * a converter on a relation or an embedded value.
   */
  public boolean placementValid(Attribute attribute) {
    for (AnnotationMirror annotation : convert.converts(attribute.element())) {
      String name = convert.attributeName(annotation);
      String problem = null;
      if (attribute.isRelation() || attribute.shape() == Shape.EMBEDDED) {
        problem = attribute.isRelation() ? "a relation, which JPA never converts"
            : "an attribute of the embeddable " + attribute.typeName() + ", which jpaproto maps once for every use";
      } else if (name.equals("key") && attribute.shape() != Shape.MAP) {
        problem = "the key of something that is not a Map";
      } else if (!name.isEmpty() && !name.equals("key") && !name.equals("value")) {
        problem = "an attribute inside an embeddable, which jpaproto maps once for every use";
      }
      if (problem != null && !convert.disables(annotation)) {
        reporter.report(Diagnostic.CONVERT_MISPLACED, attribute.element(), annotation, attribute.describe(), name,
            problem);
        return false;
      }
    }
    return true;
  }

  /**
   * The converter that applies to the attribute's values ({@code key} false) or map keys ({@code key} true), null
   * where none does, or {@link #REFUSED} after reporting an error on the attribute.
   */
  public Applied find(Attribute attribute, boolean key) {
    Element element = attribute.element();
    String role = key ? "key" : "value";
    TypeMirror valueType = key ? attribute.keyType() : attribute.valueType();
    for (AnnotationMirror annotation : convert.converts(element)) {
      String name = convert.attributeName(annotation);
      boolean applies = name.equals(role) || name.isEmpty() && !key;
      if (!applies) {
        continue;
      }
      if (convert.disables(annotation)) {
        return null;
      }
      TypeMirror converter = convert.converter(annotation);
      if (converter == null) {
        return null;   // the AttributeConverter.class default, or a class javac could not resolve (it reports that)
      }
      return check(attribute, annotation, (TypeElement) ((DeclaredType) converter).asElement(), valueType, key);
    }
    if (attribute.column().id() || attribute.column().version() || attribute.isRelation()
        || annotations.present(element, ENUMERATED) || annotations.present(element, TEMPORAL)
        || attribute.shape() == Shape.EMBEDDED) {
      return null;
    }
    TypeMirror boxed = erasedBoxed(valueType);
    for (Applied candidate : autoApplied) {
      if (types.isSameType(types.erasure(candidate.entityType()), boxed)) {
        return check(attribute, Annotations.find(candidate.converter(), JPA_CONVERTER), candidate.converter(),
            valueType, key);
      }
    }
    return null;
  }

  /**
   * Checks that generated code can use {@code converter} on a value of {@code valueType}: reports and returns
   * {@link #REFUSED} when it cannot.
   */
  private Applied check(Attribute attribute, AnnotationMirror anchor, TypeElement converter, TypeMirror valueType,
      boolean key) {
    String name = converter.getQualifiedName().toString();
    String what = attribute.describe() + (key ? " (its map keys)" : "");
    TypeMirror[] arguments = typeArguments(converter);
    if (arguments == null) {
      reporter.report(Diagnostic.NOT_AN_ATTRIBUTE_CONVERTER, attribute.element(), anchor, what, name,
          "does not implement jakarta.persistence.AttributeConverter", name);
      return REFUSED;
    }
    if (!usable(arguments[0]) || !usable(arguments[1]) || !converter.getTypeParameters().isEmpty()) {
      reporter.report(Diagnostic.CONVERTER_TYPES_UNKNOWN, attribute.element(), anchor, what, name,
          describe(arguments));
      return REFUSED;
    }
    if (!types.isAssignable(erasedBoxed(valueType), types.erasure(arguments[0]))) {
      reporter.report(Diagnostic.NOT_AN_ATTRIBUTE_CONVERTER, attribute.element(), anchor, what, name,
          "converts " + TypeNames.canonicalName(types, arguments[0]) + ", not the attribute's "
              + TypeNames.canonicalName(types, valueType), name);
      return REFUSED;
    }
    TypeMirror boxed = valueType.getKind().isPrimitive()
        ? types.boxedClass((javax.lang.model.type.PrimitiveType) valueType).asType() : valueType;
    String castTo = null;
    if (!types.isSameType(boxed, arguments[0])) {
      if (boxed instanceof DeclaredType declared && !declared.getTypeArguments().isEmpty()) {
        reporter.report(Diagnostic.NOT_AN_ATTRIBUTE_CONVERTER, attribute.element(), anchor, what, name,
            "converts " + TypeNames.canonicalName(types, arguments[0]) + ", a supertype of the attribute's generic "
                + TypeNames.canonicalName(types, valueType) + " (its results would need an unchecked cast)", name);
        return REFUSED;
      }
      castTo = TypeNames.canonicalName(types, boxed);
    }
    String notInstantiable = whyNotInstantiable(converter);
    if (notInstantiable != null) {
      reporter.report(Diagnostic.CONVERTER_NOT_INSTANTIABLE, attribute.element(), anchor, what, name,
          notInstantiable, converter.getSimpleName());
      return REFUSED;
    }
    boolean explicit = anchor != null && ((TypeElement) anchor.getAnnotationType().asElement()).getQualifiedName()
        .contentEquals(ConvertAnnotations.CONVERT);
    return new Applied(converter, arguments[0], arguments[1], explicit,
        elements.getBinaryName(converter).toString(), castTo);
  }

  /** Why generated code cannot create the converter with {@code new C()}, or null when it can. */
  private static String whyNotInstantiable(TypeElement converter) {
    if (converter.getKind() != ElementKind.CLASS || converter.getModifiers().contains(Modifier.ABSTRACT)) {
      return "it is " + (converter.getKind() == ElementKind.CLASS ? "abstract" : "not a class");
    }
    for (Element enclosing = converter; enclosing instanceof TypeElement type;
        enclosing = enclosing.getEnclosingElement()) {
      if (!type.getModifiers().contains(Modifier.PUBLIC)) {
        return (type == converter ? "it" : "its enclosing class " + type.getSimpleName()) + " is not public";
      }
      if (type.getNestingKind() == NestingKind.MEMBER && !type.getModifiers().contains(Modifier.STATIC)) {
        return "it is an inner (non-static) class";
      }
    }
    boolean publicNoArg = false;
    for (ExecutableElement constructor : ElementFilter.constructorsIn(converter.getEnclosedElements())) {
      publicNoArg |= constructor.getParameters().isEmpty() && constructor.getModifiers().contains(Modifier.PUBLIC);
    }
    return publicNoArg ? null : "it has no public no-argument constructor";
  }

  /**
   * The {@code X} and {@code Y} of the {@code AttributeConverter<X, Y>} the class implements, resolved through its
   * generic superclasses and interfaces, or null when it implements none.
   */
  private TypeMirror[] typeArguments(TypeElement converter) {
    TypeElement attributeConverter = elements.getTypeElement(ConvertAnnotations.ATTRIBUTE_CONVERTER);
    if (attributeConverter == null) {
      return null;
    }
    TypeMirror target = types.erasure(attributeConverter.asType());
    Deque<TypeMirror> pending = new ArrayDeque<>();
    pending.add(converter.asType());
    Set<String> seen = new HashSet<>();
    while (!pending.isEmpty()) {
      TypeMirror type = pending.removeFirst();
      if (!seen.add(type.toString())) {
        continue;
      }
      if (types.isSameType(types.erasure(type), target)) {
        List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
        return arguments.size() == 2 ? new TypeMirror[] {arguments.get(0), arguments.get(1)}
            : new TypeMirror[] {null, null};
      }
      pending.addAll(types.directSupertypes(type));
    }
    return null;
  }

  /** Whether a type argument is a concrete type (not missing, raw, a type variable or a wildcard). */
  private static boolean usable(TypeMirror type) {
    return type != null && (type.getKind() == TypeKind.DECLARED || type.getKind() == TypeKind.ARRAY)
        && !(type instanceof DeclaredType declared && declared.getTypeArguments().stream()
            .anyMatch(argument -> argument.getKind() == TypeKind.TYPEVAR || argument.getKind() == TypeKind.WILDCARD));
  }

  private String describe(TypeMirror[] arguments) {
    if (arguments[0] == null) {
      return "the raw AttributeConverter";
    }
    return "AttributeConverter<" + arguments[0] + ", " + arguments[1] + ">";
  }

  private TypeMirror erasedBoxed(TypeMirror type) {
    TypeMirror boxed = type.getKind().isPrimitive() ? types.boxedClass((javax.lang.model.type.PrimitiveType) type)
        .asType() : type;
    return types.erasure(boxed);
  }
}
