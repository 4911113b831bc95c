package io.jpaproto.processor.service;

import io.jpaproto.processor.discover.Annotations;
import io.jpaproto.processor.discover.EntityScanner;
import io.jpaproto.processor.model.Attribute;
import io.jpaproto.processor.model.EntityType;
import io.jpaproto.processor.model.Shape;
import io.jpaproto.processor.report.Diagnostic;
import io.jpaproto.processor.report.Reporter;
import io.jpaproto.processor.schema.Naming;
import io.jpaproto.processor.schema.ProtoEnum;
import io.jpaproto.processor.schema.ProtoField;
import io.jpaproto.processor.schema.ProtoFile;
import io.jpaproto.processor.schema.ProtoMessage;
import io.jpaproto.processor.types.ProtoType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Derives the {@link ServiceModel}s from the built proto files and the {@code @ProtoService} annotations: which
 * entities get a service (the entity's own annotation, else its package's), their names, filter fields and sortable
 * fields. Refuses, on the element, what cannot become a service.
 */
public final class ServiceBuilder {
  /** A version as the last segment of a proto package, as buf's PACKAGE_VERSION_SUFFIX accepts it. */
  private static final Pattern VERSION = Pattern.compile("v\\d+(test\\w*|(alpha|beta)\\d*|p\\d+(alpha|beta)\\d*)?");

  private final Elements elements;
  private final Types types;
  private final Annotations annotations;
  private final EntityScanner scanner;
  private final Reporter reporter;
  private final ServiceDefault serviceDefault;

  public ServiceBuilder(Elements elements, Types types, EntityScanner scanner, Reporter reporter) {
    this(elements, types, scanner, reporter, ServiceDefault.ANNOTATED);
  }

  public ServiceBuilder(Elements elements, Types types, EntityScanner scanner, Reporter reporter,
      ServiceDefault serviceDefault) {
    this.serviceDefault = serviceDefault;
    this.elements = elements;
    this.types = types;
    this.annotations = new Annotations(elements);
    this.scanner = scanner;
    this.reporter = reporter;
  }

  /** Reports {@code @ProtoService} where it has no meaning: on a non-entity class, or with a plural on a package. */
  public void checkPlacement(Collection<TypeElement> annotatedTypes, Collection<PackageElement> annotatedPackages) {
    for (TypeElement type : annotatedTypes) {
      boolean concreteEntity = type.getKind() == ElementKind.CLASS && Annotations.has(type, Annotations.ENTITY)
          && !type.getModifiers().contains(Modifier.ABSTRACT);
      if (!concreteEntity) {
        reporter.report(Diagnostic.SERVICE_NOT_ON_ENTITY, type, Annotations.find(type, Annotations.PROTO_SERVICE),
            type.getQualifiedName());
      }
    }
    for (PackageElement element : annotatedPackages) {
      AnnotationMirror mirror = Annotations.find(element, Annotations.PROTO_SERVICE);
      String plural = annotations.string(mirror, "plural");
      if (!plural.isEmpty()) {
        reporter.report(Diagnostic.PLURAL_ON_PACKAGE, element, mirror, element.getQualifiedName(), plural);
      }
    }
  }

  /** The services the entities of {@code files} ask for, sorted by path; those that cannot have one are reported. */
  public List<ServiceModel> build(List<ProtoFile> files) {
    List<ServiceModel> services = new ArrayList<>();
    for (ProtoFile file : files) {
      for (ProtoMessage message : file.messages()) {
        if (message.entity().kind() == EntityType.Kind.ENTITY) {
          ServiceModel service = service(file, message, files);
          if (service != null) {
            services.add(service);
          }
        }
      }
    }
    services.sort(Comparator.comparing(ServiceModel::path));
    return withoutNameClashes(services, files);
  }

  private ServiceModel service(ProtoFile file, ProtoMessage message, List<ProtoFile> files) {
    TypeElement element = message.entity().element();
    AnnotationMirror own = Annotations.find(element, Annotations.PROTO_SERVICE);
    PackageElement packageElement = elements.getPackageOf(element);
    AnnotationMirror mirror = own != null ? own : Annotations.find(packageElement, Annotations.PROTO_SERVICE);
    boolean byDefault = mirror == null && serviceDefault == ServiceDefault.ALL;
    if (!byDefault && (mirror == null || !annotations.bool(mirror, "value"))) {
      return null;
    }
    String plural = Naming.plural(message.name());
    if (own != null && !annotations.string(own, "plural").isEmpty()) {
      plural = annotations.string(own, "plural");
      if (!Naming.isPascalCase(plural)) {
        reporter.report(Diagnostic.INVALID_PLURAL, element, own, element.getQualifiedName(), plural);
        return null;
      }
    }
    ProtoField id = idField(message, own, !byDefault);
    if (id == null) {
      return null;
    }
    List<ServiceModel.FilterField> filters = new ArrayList<>();
    TreeMap<String, String> sortable = new TreeMap<>();
    TreeSet<String> imports = new TreeSet<>(Set.of(file.path(), "google/protobuf/field_mask.proto"));
    ProtoField version = null;
    for (ProtoField field : message.fields()) {
      String path = comparablePath(field);
      if (path == null) {
        continue;
      }
      ProtoType type = field.mapping().protoType();
      if (sortable(field)) {
        sortable.put(field.name(), path);
      }
      if (type.kind() == ProtoType.Kind.JAVA_ENUM
          || (type.kind() == ProtoType.Kind.SCALAR && !type.name().equals("bytes"))) {
        filters.add(new ServiceModel.FilterField(field, path));
        if (type.kind() == ProtoType.Kind.JAVA_ENUM) {
          imports.add(fileDefining(type.name(), files, file));
        }
      }
      if (field.attribute().column().version() && isNumber(field.attribute().type())
          && type.kind() == ProtoType.Kind.SCALAR && field.attribute().reader() != null) {
        version = field;
      }
    }
    boolean http = mirror != null && annotations.bool(mirror, "http");
    if (http) {
      imports.add("google/api/annotations.proto");
    }
    String directory = file.path().substring(0, file.path().lastIndexOf('/') + 1);
    String lastSegment = file.protoPackage().substring(file.protoPackage().lastIndexOf('.') + 1);
    return new ServiceModel(file, message, directory + Naming.lowerSnakeCase(message.name()) + "_service.proto",
        plural, http, VERSION.matcher(lastSegment).matches() ? "/" + lastSegment : "", id, version,
        List.copyOf(filters), sortable, List.copyOf(imports));
  }

  /** The message's single scalar id field, or {@code null} after reporting (if {@code report}) why there is none. */
  private ProtoField idField(ProtoMessage message, AnnotationMirror own, boolean report) {
    EntityType entity = message.entity();
    TypeElement element = entity.element();
    List<Attribute> ids = entity.attributes().stream()
        .filter(attribute -> attribute.column().id() || Annotations.has(attribute.element(), Annotations.EMBEDDED_ID))
        .toList();
    Attribute id = scanner.idOf(element);
    String problem;
    ProtoField field = null;
    String ignored = ignoredId(element);
    if (ids.isEmpty() && ignored != null) {
      problem = "its id " + ignored + " is excluded with @ProtoIgnore, and a service needs it to find entities";
    } else if (ids.isEmpty()) {
      problem = "it has no @Id attribute";
    } else if (id == null) {
      problem = "its id is composite (an @IdClass or several @Id attributes), and a service needs a single scalar id";
    } else if (Annotations.has(id.element(), Annotations.EMBEDDED_ID)) {
      problem = "its id " + id.name() + " is an @EmbeddedId, and a service needs a single scalar id";
    } else {
      field = message.fields().stream().filter(candidate -> candidate.attribute().equals(id)).findFirst()
          .orElse(null);
      if (field == null) {
        problem = "its id " + id.name() + " is not a field of message " + message.name()
            + ", and a service needs it to find entities";
      } else if (field.mapping().protoType().kind() != ProtoType.Kind.SCALAR
          || field.mapping().protoType().name().equals("bytes")) {
        problem = "its id " + id.name() + " has proto type " + field.mapping().protoType().name()
            + ", and a service needs a scalar id other than bytes";
      } else {
        return field;
      }
    }
    if (report) {
      reporter.report(Diagnostic.SERVICE_WITHOUT_ID, element, own, element.getQualifiedName(), problem);
    }
    return null;
  }

  /** The name of an {@code @Id} member of the entity's persistent types that {@code @ProtoIgnore} excludes, or null. */
  private String ignoredId(TypeElement type) {
    for (TypeElement current : scanner.persistentHierarchy(type)) {
      for (Element member : current.getEnclosedElements()) {
        boolean id = Annotations.has(member, Annotations.ID) || Annotations.has(member, Annotations.EMBEDDED_ID);
        if (id && Annotations.has(member, Annotations.PROTO_IGNORE)) {
          return member.getSimpleName().toString();
        }
      }
    }
    return null;
  }

  /**
   * The attribute path a filter or sort compares for {@code field}, or {@code null}: a singular, non-{@code @Lob}
   * basic attribute whose proto type is a scalar or a generated enum, or a to-one relation carrying a scalar id.
   */
  private static String comparablePath(ProtoField field) {
    Attribute attribute = field.attribute();
    ProtoType type = field.mapping().protoType();
    if (field.cardinality() != ProtoField.Cardinality.SINGULAR || attribute.column().lob()) {
      return null;
    }
    if (attribute.shape() == Shape.BASIC) {
      return attribute.name();
    }
    if (attribute.shape() == Shape.TO_ONE && type.kind() == ProtoType.Kind.SCALAR) {
      return attribute.name() + "." + field.mapping().targetId().name();
    }
    return null;
  }

  /** Whether a field with a comparable path can be sorted by: its Java value is primitive or Comparable. */
  private boolean sortable(ProtoField field) {
    Attribute attribute = field.attribute();
    return comparable(attribute.shape() == Shape.TO_ONE ? field.mapping().targetId().type() : attribute.type());
  }

  private boolean comparable(TypeMirror type) {
    if (type.getKind().isPrimitive()) {
      return true;
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return false;
    }
    TypeElement comparableElement = elements.getTypeElement(Comparable.class.getName());
    return types.isAssignable(types.erasure(type), types.erasure(comparableElement.asType()));
  }

  private static boolean isNumber(TypeMirror type) {
    return switch (type.getKind()) {
      case SHORT, INT, LONG -> true;
      case DECLARED -> Set.of("java.lang.Short", "java.lang.Integer", "java.lang.Long").contains(type.toString());
      default -> false;
    };
  }

  private static String fileDefining(String javaEnum, List<ProtoFile> files, ProtoFile fallback) {
    for (ProtoFile file : files) {
      for (ProtoEnum protoEnum : file.enums()) {
        if (protoEnum.source().element().getQualifiedName().contentEquals(javaEnum)) {
          return file.path();
        }
      }
    }
    return fallback.path();
  }

  /** The services minus those whose names clash with a message, an enum or another service of their package. */
  private List<ServiceModel> withoutNameClashes(List<ServiceModel> services, List<ProtoFile> files) {
    Map<String, String> defined = new HashMap<>();
    for (ProtoFile file : files) {
      for (ProtoMessage message : file.messages()) {
        defined.putIfAbsent(file.protoPackage() + "." + message.name(),
            "the message of " + message.entity().element().getQualifiedName());
      }
      for (ProtoEnum protoEnum : file.enums()) {
        defined.putIfAbsent(file.protoPackage() + "." + protoEnum.name(),
            "the enum of " + protoEnum.source().element().getQualifiedName());
      }
    }
    List<ServiceModel> kept = new ArrayList<>();
    for (ServiceModel service : services) {
      TypeElement element = service.entity().element();
      boolean clash = false;
      for (String name : service.definedNames()) {
        String other = defined.get(service.protoPackage() + "." + name);
        if (other != null) {
          reporter.report(Diagnostic.SERVICE_NAME_CLASH, element, Annotations.find(element, Annotations.PROTO_SERVICE),
              element.getQualifiedName(), name, other, service.protoPackage());
          clash = true;
        }
      }
      if (!clash) {
        for (String name : service.definedNames()) {
          defined.put(service.protoPackage() + "." + name, "the service of " + element.getQualifiedName());
        }
        kept.add(service);
      }
    }
    return List.copyOf(kept);
  }
}
