package io.jpaproto.processor.discover;

import io.jpaproto.processor.model.FieldOverride;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.AnnotatedConstruct;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Reads annotations through their mirrors, by qualified name. The processor never loads the annotation classes it
 * reads, so it works with any version of the JPA API on the user's class path.
 */
public final class Annotations {
  public static final String ENTITY = "jakarta.persistence.Entity";
  public static final String MAPPED_SUPERCLASS = "jakarta.persistence.MappedSuperclass";
  public static final String EMBEDDABLE = "jakarta.persistence.Embeddable";
  public static final String TRANSIENT = "jakarta.persistence.Transient";
  public static final String ID = "jakarta.persistence.Id";
  public static final String EMBEDDED_ID = "jakarta.persistence.EmbeddedId";
  public static final String VERSION = "jakarta.persistence.Version";
  public static final String GENERATED_VALUE = "jakarta.persistence.GeneratedValue";
  public static final String LOB = "jakarta.persistence.Lob";
  public static final String COLUMN = "jakarta.persistence.Column";
  public static final String BASIC = "jakarta.persistence.Basic";
  public static final String ACCESS = "jakarta.persistence.Access";
  public static final String PROTO_FIELD = "io.jpaproto.ProtoField";
  public static final String PROTO_IGNORE = "io.jpaproto.ProtoIgnore";
  public static final String PROTO_MESSAGE = "io.jpaproto.ProtoMessage";
  public static final String PROTO_PACKAGE = "io.jpaproto.ProtoPackage";
  public static final String PROTO_TYPE_MAPPING = "io.jpaproto.ProtoTypeMapping";
  public static final String PROTO_TYPE_MAPPINGS = "io.jpaproto.ProtoTypeMappings";
  public static final String PROTO_MAPPERS = "io.jpaproto.ProtoMappers";
  public static final String PROTO_RELATION = "io.jpaproto.ProtoRelation";
  public static final String PROTO_EXPOSED = "io.jpaproto.ProtoExposed";
  public static final String PROTO_SERVICE = "io.jpaproto.ProtoService";
  public static final String ID_CLASS = "jakarta.persistence.IdClass";
  public static final String CONVERTER = "io.jpaproto.convert.Converter";
  /** What {@link #converter} returns for a class javac could not resolve (javac reports that error itself). */
  public static final String UNRESOLVED = "<unresolved>";

  private final Elements elements;
  /**
   * The qualified name of each annotation type met, decoded from javac's name table once: the scanner asks some twenty
   * questions of every attribute, and {@link #find} decodes the name of every annotation on it for each.
   */
  private final Map<Element, String> typeNames = new IdentityHashMap<>();
  /**
   * The annotation read last and its written values (see {@link #written}): the scanner reads the values of one
   * annotation in a row.
   */
  private AnnotationMirror lastMirror;
  private Map<String, AnnotationValue> lastValues;
  /** The elements of each annotation type read so far, by name. */
  private final Map<TypeElement, Map<String, ExecutableElement>> members = new HashMap<>();

  public Annotations(Elements elements) {
    this.elements = elements;
  }

  /** The annotation of type {@code qualifiedName} on {@code element}, or {@code null}. */
  public static AnnotationMirror find(Element element, String qualifiedName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(qualifiedName)) {
        return mirror;
      }
    }
    return null;
  }

  /** Whether {@code element} carries the annotation {@code qualifiedName}. */
  public static boolean has(Element element, String qualifiedName) {
    return find(element, qualifiedName) != null;
  }

  /** What {@link #find} answers, comparing names decoded once per annotation type (see {@link #typeNames}). */
  public AnnotationMirror mirror(AnnotatedConstruct construct, String qualifiedName) {
    // By index: javac's list is a short linked list, and a for-each would allocate an iterator per question.
    List<? extends AnnotationMirror> mirrors = construct.getAnnotationMirrors();
    for (int i = 0, size = mirrors.size(); i < size; i++) {
      if (typeName(mirrors.get(i)).equals(qualifiedName)) {
        return mirrors.get(i);
      }
    }
    return null;
  }

  /**
   * Whether {@code construct} (an element, or a type with type-use annotations) carries an annotation whose qualified
   * name starts with {@code prefix} (a package name and its dot): a stage that reads a dozen annotations of one
   * package asks this first and skips the constructs with none.
   */
  public boolean anyIn(AnnotatedConstruct construct, String prefix) {
    List<? extends AnnotationMirror> mirrors = construct.getAnnotationMirrors();
    for (int i = 0, size = mirrors.size(); i < size; i++) {
      if (typeName(mirrors.get(i)).startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code element} carries any of the annotations {@code qualifiedNames}: one pass over its mirrors. */
  public boolean anyOf(Element element, Set<String> qualifiedNames) {
    List<? extends AnnotationMirror> mirrors = element.getAnnotationMirrors();
    for (int i = 0, size = mirrors.size(); i < size; i++) {
      if (qualifiedNames.contains(typeName(mirrors.get(i)))) {
        return true;
      }
    }
    return false;
  }

  private String typeName(AnnotationMirror mirror) {
    Element type = mirror.getAnnotationType().asElement();
    String name = typeNames.get(type);
    if (name == null) {
      name = ((TypeElement) type).getQualifiedName().toString();
      typeNames.put(type, name);
    }
    return name;
  }

  /** What {@link #has} answers, the way {@link #mirror} does. */
  public boolean present(Element element, String qualifiedName) {
    return mirror(element, qualifiedName) != null;
  }

  /**
   * The value of {@code name} in {@code mirror}, its default where not written. The same answer as a search of
   * {@link Elements#getElementValuesWithDefaults}, without building that map anew for every element read.
   */
  public AnnotationValue value(AnnotationMirror mirror, String name) {
    AnnotationValue written = written(mirror).get(name);
    if (written != null) {
      return written;
    }
    TypeElement annotationType = (TypeElement) mirror.getAnnotationType().asElement();
    Map<String, ExecutableElement> byName = members.get(annotationType);
    if (byName == null) {
      byName = membersByName(annotationType);
      members.put(annotationType, byName);
    }
    ExecutableElement member = byName.get(name);
    if (member == null || member.getDefaultValue() == null) {
      throw new IllegalArgumentException("no element " + name + " in " + mirror);
    }
    return member.getDefaultValue();
  }

  /**
   * The values written in {@code mirror}, by element name: javac builds a new map for every call of {@link
   * AnnotationMirror#getElementValues}, and a {@code @Column} is asked for half a dozen values in a row.
   */
  private Map<String, AnnotationValue> written(AnnotationMirror mirror) {
    if (mirror != lastMirror) {
      Map<? extends ExecutableElement, ? extends AnnotationValue> all = mirror.getElementValues();
      Map<String, AnnotationValue> values = all.isEmpty() ? Map.of() : new HashMap<>();
      for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : all.entrySet()) {
        values.put(entry.getKey().getSimpleName().toString(), entry.getValue());
      }
      lastMirror = mirror;
      lastValues = values;
    }
    return lastValues;
  }

  private static Map<String, ExecutableElement> membersByName(TypeElement annotationType) {
    Map<String, ExecutableElement> result = new HashMap<>();
    for (ExecutableElement member : ElementFilter.methodsIn(annotationType.getEnclosedElements())) {
      result.put(member.getSimpleName().toString(), member);
    }
    return result;
  }

  /** A string element. */
  public String string(AnnotationMirror mirror, String name) {
    return (String) value(mirror, name).getValue();
  }

  /** An int element. */
  public int integer(AnnotationMirror mirror, String name) {
    return (Integer) value(mirror, name).getValue();
  }

  /** A boolean element. */
  public boolean bool(AnnotationMirror mirror, String name) {
    return (Boolean) value(mirror, name).getValue();
  }

  /** A class element, or {@code null} when javac could not resolve the class (and reports that itself). */
  public TypeMirror type(AnnotationMirror mirror, String name) {
    Object value = value(mirror, name).getValue();
    return value instanceof TypeMirror type && type.getKind() != TypeKind.ERROR ? type : null;
  }

  /** The simple name of an enum constant element, such as {@code PROPERTY}. */
  public String enumConstant(AnnotationMirror mirror, String name) {
    return ((VariableElement) value(mirror, name).getValue()).getSimpleName().toString();
  }

  /** The classes of a class-array element; unresolved classes (javac reports them) are left out. */
  public List<TypeElement> types(AnnotationMirror mirror, String name) {
    List<TypeElement> result = new ArrayList<>();
    @SuppressWarnings("unchecked")
    List<? extends AnnotationValue> values = (List<? extends AnnotationValue>) value(mirror, name).getValue();
    for (AnnotationValue value : values) {
      if (value.getValue() instanceof DeclaredType type && type.getKind() != TypeKind.ERROR) {
        result.add((TypeElement) type.asElement());
      }
    }
    return result;
  }

  /** The annotations nested in an array element. */
  public List<AnnotationMirror> annotations(AnnotationMirror mirror, String name) {
    List<AnnotationMirror> result = new ArrayList<>();
    @SuppressWarnings("unchecked")
    List<? extends AnnotationValue> values = (List<? extends AnnotationValue>) value(mirror, name).getValue();
    for (AnnotationValue value : values) {
      result.add((AnnotationMirror) value.getValue());
    }
    return result;
  }

  /**
   * The binary name of a converter class element, or empty when it is the {@code Converter.class} default that means
   * "built-in conversion", or {@link #UNRESOLVED} when javac could not resolve the class.
   */
  public String converter(AnnotationMirror mirror, String name) {
    TypeMirror mirrorType = type(mirror, name);
    if (!(mirrorType instanceof DeclaredType declared)) {
      return UNRESOLVED;
    }
    TypeElement type = (TypeElement) declared.asElement();
    if (type.getQualifiedName().contentEquals(CONVERTER)) {
      return "";
    }
    return elements.getBinaryName(type).toString();
  }

  /** The {@code @ProtoField} values of an element, or {@code null} where it has none. */
  public FieldOverride fieldOverride(Element element) {
    AnnotationMirror mirror = find(element, PROTO_FIELD);
    if (mirror == null) {
      return null;
    }
    return new FieldOverride(
        mirror,
        integer(mirror, "number"),
        string(mirror, "name").trim(),
        string(mirror, "type").trim(),
        string(mirror, "typeImport").trim(),
        converter(mirror, "converter"),
        bool(mirror, "allowBreakingChange"));
  }
}
