package io.jpaproto.processor.schema;

import io.jpaproto.processor.discover.Annotations;
import io.jpaproto.processor.discover.EmbeddedUses;
import io.jpaproto.processor.discover.EntityScanner;
import io.jpaproto.processor.model.Attribute;
import io.jpaproto.processor.model.EntityType;
import io.jpaproto.processor.model.EnumConstant;
import io.jpaproto.processor.model.EnumType;
import io.jpaproto.processor.model.FieldOverride;
import io.jpaproto.processor.model.Shape;
import io.jpaproto.processor.model.SharedColumn;
import io.jpaproto.processor.number.FieldNumbering;
import io.jpaproto.processor.report.Diagnostic;
import io.jpaproto.processor.report.Reporter;
import io.jpaproto.processor.types.AttributeTypeMapper;
import io.jpaproto.processor.types.ProtoType;
import io.jpaproto.processor.types.TypeMapping;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Shapes the proto schema: one file per Java package with a message per entity and an enum per Java enum the entities
 * use; names, comments, numbers, imports and file options. Output is sorted, so it does not depend on the order in
 * which javac hands over elements.
 */
public final class SchemaBuilder {
  private final Elements elements;
  private final EntityScanner scanner;
  private final AttributeTypeMapper mapper;
  private final PackageLayout layout;
  private final FieldNumbering numbering;
  private final Reporter reporter;
  private final OverriddenDecimals overriddenDecimals;

  /** The types of one Java package, on their way to one proto file. */
  private static final class PackageTypes {
    final List<EntityType> entities = new ArrayList<>();
    final List<EnumType> enums = new ArrayList<>();
    PackageLayout.Placement placement;
  }

  /** While {@link #build} writes the files: the Java package of each type, for references between files. */
  private Map<String, String> javaPackages = Map.of();

  /** An entity or enum about to get its proto name. */
  private record NamedType(TypeElement element, String requestedName, String nestedName) {
  }

  public SchemaBuilder(Elements elements, EntityScanner scanner, AttributeTypeMapper mapper, PackageLayout layout,
      FieldNumbering numbering, Reporter reporter) {
    this.elements = elements;
    this.scanner = scanner;
    this.mapper = mapper;
    this.layout = layout;
    this.numbering = numbering;
    this.reporter = reporter;
    this.overriddenDecimals = new OverriddenDecimals(scanner, reporter);
  }

  /** The proto files for {@code entities}, sorted by path. */
  public List<ProtoFile> build(List<EntityType> entities) {
    // By identity: every attribute is one object from scanning to writing, and a record's hash is deep.
    Map<Attribute, TypeMapping> mappings = new IdentityHashMap<>();
    Map<String, EnumType> enums = new TreeMap<>();
    // Entities first, then every embeddable they reach (embeddables may nest), each mapped once.
    List<EntityType> messageTypes = new ArrayList<>();
    Map<String, EntityType> embeddables = new TreeMap<>();
    EmbeddedUses uses = new EmbeddedUses();
    for (EntityType entity : entities) {
      if (!entity.isAbstract()) {
        messageTypes.add(entity);
        uses.add(entity);
      }
    }
    for (int i = 0; i < messageTypes.size(); i++) {
      for (Attribute attribute : messageTypes.get(i).attributes()) {
        if (attribute.omitted()) {
          continue;
        }
        TypeMapping mapping = mapper.map(attribute);
        if (mapping == null) {
          continue;
        }
        mappings.put(attribute, mapping);
        if (reporter.reports(Diagnostic.MAPPING_DECISION)) {
          reporter.report(Diagnostic.MAPPING_DECISION, attribute.element(), attribute.describe(),
              mapping.protoType().name() + " via " + mapping.conversion().describe(), mapping.origin());
        }
        for (ProtoType type : mapping.key() == null
            ? List.of(mapping.protoType())
            : List.of(mapping.protoType(), mapping.key().protoType())) {
          if (type.kind() == ProtoType.Kind.JAVA_ENUM) {
            if (!enums.containsKey(type.name())) {
              enums.put(type.name(), scanner.scanEnum(elements.getTypeElement(type.name())));
            }
          } else if (type.kind() == ProtoType.Kind.JAVA_MESSAGE && !embeddables.containsKey(type.name())) {
            EntityType embeddable = scanner.withUses(scanner.scanEmbeddable(elements.getTypeElement(type.name()),
                EntityType.Kind.EMBEDDABLE), uses);
            embeddables.put(type.name(), embeddable);
            messageTypes.add(embeddable);
            uses.add(embeddable);
          }
          if (type.kind() == ProtoType.Kind.JAVA_MESSAGE && embeddables.containsKey(type.name())
              && (attribute.shape() == Shape.EMBEDDED || attribute.shape() == Shape.ELEMENT_COLLECTION)) {
            overriddenDecimals.check(attribute, embeddables.get(type.name()));
          }
        }
      }
    }

    Map<String, PackageTypes> packages = groupByPackage(messageTypes, enums.values());
    javaPackages = javaPackagesByType(packages);
    Map<String, String> protoNames = assignTypeNames(packages);
    checkFileClashes(packages);

    List<ProtoFile> files = new ArrayList<>();
    for (PackageTypes types : packages.values()) {
      if (types.placement != null) {
        files.add(file(types, protoNames, mappings, packages));
      }
    }
    files.sort(Comparator.comparing(ProtoFile::path));
    checkImportCycles(files, packages);
    return files;
  }

  /** Reports proto files that import each other, directly or through others; protoc rejects such cycles. */
  private void checkImportCycles(List<ProtoFile> files, Map<String, PackageTypes> packages) {
    Map<String, ProtoFile> byPath = new HashMap<>();
    for (ProtoFile file : files) {
      byPath.put(file.path(), file);
    }
    java.util.Set<String> reported = new java.util.HashSet<>();
    for (ProtoFile start : files) {
      List<String> cycle = cycleFrom(start.path(), start.path(), byPath, new ArrayList<>(), new java.util.HashSet<>());
      if (cycle != null && reported.add(new TreeSet<>(cycle).toString())) {
        java.util.Set<String> javaPackages = new TreeSet<>();
        for (String path : cycle) {
          javaPackages.add(byPath.get(path).sourcePackage());
        }
        reporter.report(Diagnostic.IMPORT_CYCLE, anchor(packages.get(start.sourcePackage())),
            String.join(" and ", javaPackages), String.join(" -> ", cycle) + " -> " + cycle.get(0));
      }
    }
  }

  private static List<String> cycleFrom(String target, String current, Map<String, ProtoFile> byPath,
      List<String> path, java.util.Set<String> seen) {
    path.add(current);
    for (String imported : byPath.get(current).imports()) {
      if (imported.equals(target)) {
        return new ArrayList<>(path);
      }
      if (byPath.containsKey(imported) && seen.add(imported)) {
        List<String> found = cycleFrom(target, imported, byPath, path, seen);
        if (found != null) {
          return found;
        }
      }
    }
    path.remove(path.size() - 1);
    return null;
  }

  private Map<String, PackageTypes> groupByPackage(List<EntityType> entities, Iterable<EnumType> enums) {
    Map<String, PackageTypes> packages = new TreeMap<>();
    for (EntityType entity : entities) {
      if (placeable(entity.element(), entity.javaPackage())) {
        packageTypes(packages, entity.javaPackage()).entities.add(entity);
      }
    }
    for (EnumType type : enums) {
      if (placeable(type.element(), type.javaPackage())) {
        packageTypes(packages, type.javaPackage()).enums.add(type);
      }
    }
    for (Map.Entry<String, PackageTypes> entry : packages.entrySet()) {
      entry.getValue().placement = layout.placement(entry.getKey());
    }
    return packages;
  }

  private static PackageTypes packageTypes(Map<String, PackageTypes> packages, String javaPackage) {
    PackageTypes types = packages.get(javaPackage);
    if (types == null) {
      types = new PackageTypes();
      packages.put(javaPackage, types);
    }
    return types;
  }

  private boolean placeable(Element element, String javaPackage) {
    if (javaPackage.isEmpty()) {
      reporter.report(Diagnostic.UNNAMED_PACKAGE, element, element.getSimpleName());
      return false;
    }
    return true;
  }

  /** Proto full names by Java qualified name, checking PascalCase and uniqueness within each proto package. */
  private Map<String, String> assignTypeNames(Map<String, PackageTypes> packages) {
    Map<String, String> protoNames = new HashMap<>();
    Map<String, Element> taken = new HashMap<>();
    for (PackageTypes types : packages.values()) {
      if (types.placement == null) {
        continue;
      }
      List<NamedType> named = new ArrayList<>();
      for (EntityType entity : types.entities) {
        named.add(new NamedType(entity.element(), entity.requestedName(), entity.nestedName()));
      }
      for (EnumType type : types.enums) {
        named.add(new NamedType(type.element(), type.requestedName(), type.nestedName()));
      }
      for (NamedType entry : named) {
        TypeElement element = entry.element();
        String name = entry.requestedName().isEmpty() ? Naming.pascalCase(entry.nestedName()) : entry.requestedName();
        if (!Naming.isPascalCase(name)) {
          reporter.report(Diagnostic.INVALID_MESSAGE_NAME, element,
              Annotations.find(element, Annotations.PROTO_MESSAGE), element.getQualifiedName(), name);
          continue;
        }
        String fullName = types.placement.protoPackage() + "." + name;
        Element other = taken.putIfAbsent(fullName, element);
        if (other != null) {
          reporter.report(Diagnostic.DUPLICATE_TYPE_NAME, element, element.getQualifiedName(), fullName,
              ((TypeElement) other).getQualifiedName());
          continue;
        }
        protoNames.put(element.getQualifiedName().toString(), fullName);
      }
    }
    return protoNames;
  }

  private void checkFileClashes(Map<String, PackageTypes> packages) {
    Map<String, PackageLayout.Placement> byPath = new HashMap<>();
    Map<String, PackageLayout.Placement> byProtoPackage = new HashMap<>();
    for (PackageTypes types : packages.values()) {
      PackageLayout.Placement placement = types.placement;
      if (placement == null) {
        continue;
      }
      Element anchor = anchor(types);
      PackageLayout.Placement samePath = byPath.putIfAbsent(placement.path(), placement);
      if (samePath != null) {
        reporter.report(Diagnostic.DUPLICATE_PROTO_FILE, anchor, placement.javaSourcePackage(), placement.path(),
            samePath.javaSourcePackage());
        types.placement = null;
        continue;
      }
      PackageLayout.Placement samePackage = byProtoPackage.putIfAbsent(placement.protoPackage(), placement);
      if (samePackage != null && !samePackage.javaPackage().equals(placement.javaPackage())) {
        reporter.report(Diagnostic.INCONSISTENT_JAVA_PACKAGE, anchor, samePackage.javaSourcePackage(),
            placement.javaSourcePackage(), placement.protoPackage(), samePackage.javaPackage(),
            placement.javaPackage());
      }
    }
  }

  /** Where a package-level diagnostic points: its package-info when it has one in source, else its first type. */
  private Element anchor(PackageTypes types) {
    Element packageElement = elements.getPackageElement(types.placement.javaSourcePackage());
    if (packageElement != null && Annotations.has(packageElement, Annotations.PROTO_PACKAGE)) {
      return packageElement;
    }
    return !types.entities.isEmpty() ? types.entities.get(0).element() : types.enums.get(0).element();
  }

  private ProtoFile file(PackageTypes types, Map<String, String> protoNames, Map<Attribute, TypeMapping> mappings,
      Map<String, PackageTypes> packages) {
    PackageLayout.Placement placement = types.placement;
    TreeSet<String> imports = new TreeSet<>();
    List<ProtoMessage> messages = new ArrayList<>();
    List<TypeElement> origins = new ArrayList<>();
    for (EntityType entity : types.entities) {
      String fullName = protoNames.get(entity.element().getQualifiedName().toString());
      origins.add(entity.element());
      if (fullName != null) {
        messages.add(message(entity, simpleName(fullName), placement, protoNames, mappings, packages, imports));
      }
    }
    List<ProtoEnum> enums = new ArrayList<>();
    Map<String, String> enumValueNames = new HashMap<>();
    for (EnumType type : types.enums) {
      String fullName = protoNames.get(type.element().getQualifiedName().toString());
      origins.add(type.element());
      if (fullName != null) {
        enums.add(protoEnum(type, fullName, enumValueNames));
      }
    }
    messages.sort(Comparator.comparing(ProtoMessage::name));
    enums.sort(Comparator.comparing(ProtoEnum::name));
    origins.sort(Comparator.comparing(element -> element.getQualifiedName().toString()));
    return new ProtoFile(
        placement.path(),
        placement.protoPackage(),
        placement.javaPackage(),
        outerClassname(placement.path(), messages, enums),
        placement.javaSourcePackage(),
        List.copyOf(imports),
        List.copyOf(messages),
        List.copyOf(enums),
        List.copyOf(origins));
  }

  private ProtoMessage message(EntityType entity, String name, PackageLayout.Placement placement,
      Map<String, String> protoNames, Map<Attribute, TypeMapping> mappings, Map<String, PackageTypes> packages,
      TreeSet<String> imports) {
    List<ProtoField> drafts = new ArrayList<>();
    List<FieldNumbering.Request> requests = new ArrayList<>();
    Map<String, Attribute> fieldNames = new HashMap<>();
    for (Attribute attribute : entity.attributes()) {
      if (attribute.omitted() || entity.foldedInto(attribute) != null) {
        continue;
      }
      TypeMapping mapping = mappings.get(attribute);
      String fieldName = fieldName(attribute);
      if (fieldName == null) {
        continue;
      }
      Attribute clash = fieldNames.putIfAbsent(fieldName, attribute);
      if (clash != null) {
        reporter.report(Diagnostic.DUPLICATE_FIELD_NAME, attribute.element(), attribute.describe(), fieldName,
            clash.describe());
        continue;
      }
      if (mapping == null) {
        continue;
      }
      String type = typeReference(mapping.protoType(), placement, protoNames, packages, imports);
      if (type == null) {
        continue;
      }
      ProtoField.Cardinality cardinality = switch (attribute.shape()) {
        case TO_MANY -> attribute.keyType() != null ? ProtoField.Cardinality.MAP : ProtoField.Cardinality.REPEATED;
        case ELEMENT_COLLECTION -> ProtoField.Cardinality.REPEATED;
        case MAP -> ProtoField.Cardinality.MAP;
        default -> ProtoField.Cardinality.SINGULAR;
      };
      String keyType = null;
      if (mapping.key() != null) {
        keyType = typeReference(mapping.key().protoType(), placement, protoNames, packages, imports);
      }
      boolean optional = cardinality == ProtoField.Cardinality.SINGULAR && !attribute.primitive()
          && attribute.column().nullable() && !mapping.protoType().hasImplicitPresence();
      ProtoField draft = new ProtoField(fieldName, type, 0, optional, cardinality, keyType,
          Comments.field(attribute, name, fieldName), attribute, mapping,
          folded(entity.keptBy(attribute), mapping, mappings));
      drafts.add(draft);
      FieldOverride override = attribute.override();
      String fullType = mapping.protoType().isGenerated()
          ? protoNames.get(mapping.protoType().name())
          : mapping.protoType().name();
      requests.add(new FieldNumbering.Request(attribute.element(),
          override == null ? null : override.annotation(),
          override == null ? 0 : override.number(),
          override != null && override.allowBreakingChange(),
          fieldName, fullType, draft.label(), attribute.describe()));
    }
    FieldNumbering.Result numbered = numbering.numberFields(placement.protoPackage() + "." + name,
        entity.element(), requests);
    List<ProtoField> fields = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      ProtoField draft = drafts.get(i);
      if (numbered.numbers()[i] != 0) {
        fields.add(draft.withNumber(numbered.numbers()[i]));
      }
    }
    fields.sort(Comparator.comparingInt(ProtoField::number));
    new ProtocJavaNames(reporter).check(name, fields);
    return new ProtoMessage(name, Comments.message(entity, name), List.copyOf(fields),
        reservedNumbers(numbered), reservedNames(numbered), entity);
  }

  /**
   * The attribute folded into the field of another that maps the same column, or {@code null}. Both must travel as
   * the same proto type, since the field is read from either; otherwise the pair is reported and the folded attribute
   * is simply not read.
   */
  private ProtoField.Folded folded(SharedColumn shared, TypeMapping mapping, Map<Attribute, TypeMapping> mappings) {
    if (shared == null) {
      return null;
    }
    TypeMapping foldedMapping = mappings.get(shared.folded());
    if (foldedMapping == null) {
      return null;
    }
    if (shared.idPart() == null && !foldedMapping.protoType().equals(mapping.protoType())) {
      reporter.report(Diagnostic.SHARED_COLUMN_TYPES, shared.folded().element(), shared.folded().describe(),
          shared.column(), shared.kept().describe(), foldedMapping.protoType().name(), mapping.protoType().name(),
          shared.folded().name());
      return null;
    }
    return new ProtoField.Folded(shared, foldedMapping);
  }

  private static List<Integer> reservedNumbers(FieldNumbering.Result numbered) {
    return numbered.reservedNumbers();
  }

  private static List<String> reservedNames(FieldNumbering.Result numbered) {
    return numbered.reservedNames();
  }

  private String fieldName(Attribute attribute) {
    FieldOverride override = attribute.override();
    if (override != null && !override.name().isEmpty()) {
      if (!Naming.isLowerSnakeCase(override.name())) {
        reporter.report(Diagnostic.INVALID_FIELD_NAME, attribute.element(), override.annotation(),
            attribute.describe(), override.name());
        return null;
      }
      return override.name();
    }
    String derived = Naming.lowerSnakeCase(attribute.name());
    if (attribute.shape() == Shape.TO_ONE) {
      derived = derived + "_id";
    } else if (attribute.shape() == Shape.TO_MANY && attribute.keyType() == null) {
      derived = Naming.singular(derived) + "_ids";
    }
    if (!Naming.isLowerSnakeCase(derived)) {
      reporter.report(Diagnostic.INVALID_FIELD_NAME, attribute.element(), attribute.describe(), derived);
      return null;
    }
    return derived;
  }

  /**
   * The type as written in the file, adding the import it needs; {@code null} if the type has no proto name. Message
   * and enum names are fully qualified with the leading dot, so protoc never resolves them relative to the file's
   * package: in package {@code com.google.shop.v1} a relative {@code google.protobuf.Timestamp} would name
   * {@code com.google.protobuf.Timestamp}, and in {@code com.acme.v1} a relative {@code acme.common.v1.Status} would
   * name {@code com.acme.common.v1.Status}.
   */
  private String typeReference(ProtoType type, PackageLayout.Placement placement,
      Map<String, String> protoNames, Map<String, PackageTypes> packages, TreeSet<String> imports) {
    switch (type.kind()) {
      case SCALAR:
        return type.name();
      case JAVA_ENUM:
      case JAVA_MESSAGE: {
        String fullName = protoNames.get(type.name());
        if (fullName == null) {
          return null;
        }
        PackageTypes owner = packages.get(javaPackages.get(type.name()));
        if (owner == null || owner.placement == null) {
          return null;
        }
        if (!owner.placement.path().equals(placement.path())) {
          imports.add(owner.placement.path());
        }
        return "." + fullName;
      }
      default:
        imports.add(type.importPath());
        return "." + type.name();
    }
  }

  /** The Java package of each message and enum type of the build, by the type's qualified name. */
  private static Map<String, String> javaPackagesByType(Map<String, PackageTypes> packages) {
    Map<String, String> result = new HashMap<>();
    for (Map.Entry<String, PackageTypes> entry : packages.entrySet()) {
      for (EnumType type : entry.getValue().enums) {
        result.putIfAbsent(type.element().getQualifiedName().toString(), entry.getKey());
      }
      for (EntityType type : entry.getValue().entities) {
        result.putIfAbsent(type.element().getQualifiedName().toString(), entry.getKey());
      }
    }
    return result;
  }

  private ProtoEnum protoEnum(EnumType type, String fullName, Map<String, String> packageValueNames) {
    String name = simpleName(fullName);
    String prefix = Naming.upperSnakeCase(name) + "_";
    String zero = prefix + "UNSPECIFIED";
    Map<String, String> taken = new HashMap<>();
    taken.put(zero, "the zero value " + zero);
    String zeroClash = packageValueNames.putIfAbsent(zero, "the zero value of " + name);
    if (zeroClash != null) {
      reporter.report(Diagnostic.DUPLICATE_ENUM_VALUE, type.element(), "the zero value of " + name, zero, zeroClash);
    }
    List<ProtoEnumValue> drafts = new ArrayList<>();
    List<FieldNumbering.Request> requests = new ArrayList<>();
    for (EnumConstant constant : type.constants()) {
      String description = "enum constant " + type.nestedName() + "." + constant.name();
      FieldOverride override = constant.override();
      boolean requested = override != null && !override.name().isEmpty();
      String base = requested ? override.name() : Naming.upperSnakeCase(constant.name());
      if (!Naming.isUpperSnakeCase(base)) {
        reporter.report(Diagnostic.INVALID_ENUM_VALUE_NAME, constant.element(),
            requested ? override.annotation() : null, description, base);
        continue;
      }
      String valueName = base.startsWith(prefix) ? base : prefix + base;
      String clash = taken.putIfAbsent(valueName, description);
      if (clash == null) {
        clash = packageValueNames.putIfAbsent(valueName, description);
      }
      if (clash != null) {
        reporter.report(Diagnostic.DUPLICATE_ENUM_VALUE, constant.element(), description, valueName, clash);
        continue;
      }
      drafts.add(new ProtoEnumValue(valueName, 0, Comments.enumValue(constant, name, valueName), constant.name()));
      requests.add(new FieldNumbering.Request(constant.element(), override == null ? null : override.annotation(),
          override == null ? 0 : override.number(), false, valueName, "", "", description));
    }
    FieldNumbering.Result numbered = numbering.numberEnumValues(fullName, type.element(), requests);
    List<ProtoEnumValue> values = new ArrayList<>();
    values.add(new ProtoEnumValue(zero, 0, Comments.unspecified(name), null));
    for (int i = 0; i < drafts.size(); i++) {
      ProtoEnumValue draft = drafts.get(i);
      if (numbered.numbers()[i] != 0) {
        values.add(new ProtoEnumValue(draft.name(), numbered.numbers()[i], draft.comment(), draft.javaConstant()));
      }
    }
    values.sort(Comparator.comparingInt(ProtoEnumValue::number));
    return new ProtoEnum(name, Comments.enumType(type, name), List.copyOf(values),
        reservedNumbers(numbered), reservedNames(numbered), type);
  }

  private static String outerClassname(String path, List<ProtoMessage> messages, List<ProtoEnum> enums) {
    String base = path.substring(path.lastIndexOf('/') + 1, path.length() - ".proto".length());
    String name = Naming.pascalCase(base) + "Proto";
    TreeSet<String> typeNames = new TreeSet<>();
    for (ProtoMessage message : messages) {
      typeNames.add(message.name());
    }
    for (ProtoEnum protoEnum : enums) {
      typeNames.add(protoEnum.name());
    }
    while (typeNames.contains(name)) {
      name = name + "OuterClass";
    }
    return name;
  }

  private static String simpleName(String fullName) {
    return fullName.substring(fullName.lastIndexOf('.') + 1);
  }
}
