package io.jpaproto.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.jpaproto.processor.model.Accessor;
import io.jpaproto.processor.model.Attribute;
import io.jpaproto.processor.model.EntityType;
import io.jpaproto.processor.model.EnumType;
import io.jpaproto.processor.model.IdClassKey;
import io.jpaproto.processor.model.SharedColumn;
import io.jpaproto.processor.schema.Naming;
import io.jpaproto.processor.schema.ProtoEnum;
import io.jpaproto.processor.schema.ProtoEnumValue;
import io.jpaproto.processor.schema.ProtoField;
import io.jpaproto.processor.schema.ProtoFile;
import io.jpaproto.processor.schema.ProtoMessage;
import io.jpaproto.processor.types.TypeMapping;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Renders the mappers between entities and protoc-generated messages as plain Java: one {@code <Type>ProtoMapper} per
 * entity and embeddable and one {@code <Enum>ProtoMapper} per enum, in the Java type's own package. The code calls
 * getters, setters and the runtime's static conversions, reaches fields without accessors through handles obtained
 * once ({@link MemberAccess}); it uses no reflection per call and allocates nothing beyond the message, its builder,
 * the entity and the collections it fills.
 */
public final class MapperWriter {
  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
  private static final ClassName FIELD_MASK = ClassName.get("com.google.protobuf", "FieldMask");
  private static final ClassName PRESENCE = ClassName.get("io.jpaproto.convert", "Presence");
  private static final ClassName RELATIONS = ClassName.get("io.jpaproto.convert", "Relations");
  private static final ClassName RESOLVER = ClassName.get("io.jpaproto", "ReferenceResolver");
  static final String PROCESSOR = "io.jpaproto.processor.JpaProtoProcessor";

  /**
   * A mapper to write.
   *
   * @param file the Java source
   * @param origin the entity or enum it is generated from
   */
  public record Mapper(JavaFile file, TypeElement origin) {
  }

  private final Types types;
  private final ValueConversions conversions;
  private final ColumnChecks checks;
  private final java.util.Set<String> packageRoots;

  /** A writer for the mappers of {@code files}; enums and embeddables are looked up across all of them. */
  public MapperWriter(List<ProtoFile> files, Types types) {
    this.types = types;
    this.conversions = new ValueConversions(files);
    this.checks = new ColumnChecks(files);
    this.packageRoots = VariableNames.packageRoots(files);
  }

  /** The message class protoc generates for {@code message} of {@code file}. */
  public static ClassName messageClass(ProtoFile file, ProtoMessage message) {
    return ClassName.get(file.javaPackage(), message.name());
  }

  /** The proto enum class protoc generates for {@code protoEnum} of {@code file}. */
  public static ClassName enumClass(ProtoFile file, ProtoEnum protoEnum) {
    return ClassName.get(file.javaPackage(), protoEnum.name());
  }

  /** The mapper class of an entity or embeddable. */
  public static ClassName mapperClass(EntityType type) {
    return ValueConversions.mapperClass(type);
  }

  /**
   * Whether the mapper's {@code fromProto}, {@code merge} and {@code update} of an entity take a
   * {@link io.jpaproto.ReferenceResolver}: when they write a relation.
   */
  public static boolean takesReferences(ProtoMessage message) {
    return message.fields().stream().anyMatch(field -> creatable(field) && resolves(field));
  }

  /**
   * Whether writing the field turns ids into references: it is a relation, or it writes a relation mapped to the same
   * column (a {@code @MapsId} relation, say).
   */
  private static boolean resolves(ProtoField field) {
    ProtoField.Folded folded = field.folded();
    return field.attribute().isRelation()
        || folded != null && folded.shared().writesFolded() && folded.shared().folded().isRelation();
  }

  /**
   * The field as {@code toProto} reads it: through its own attribute where that is readable, else through the
   * attribute mapped to the same column (a read-only twin, or a {@code @MapsId} relation's target id), else
   * {@code null}.
   */
  static ProtoField readVia(ProtoField field) {
    if (readable(field)) {
      return field;
    }
    if (field.folded() != null && field.folded().shared().idPart() == null) {
      ProtoField through = field.throughFolded();
      return readable(through) ? through : null;
    }
    return null;
  }

  /**
   * Whether {@code toProto} can read the field: the attribute has a reader and, for a relation, the target's id (or
   * every part of its {@code @IdClass} key) is reachable from the entity's package.
   */
  static boolean readable(ProtoField field) {
    Attribute attribute = field.attribute();
    if (attribute.reader() == null) {
      return false;
    }
    if (!attribute.isRelation()) {
      return true;
    }
    IdClassKey key = field.mapping().targetKey();
    if (key != null) {
      return key.parts().stream().allMatch(part -> part.entityPart().reader() != null
          && MemberAccess.reachable(part.entityPart().reader(), packageOf(attribute)));
    }
    Accessor id = field.mapping().targetId().reader();
    return id != null && MemberAccess.reachable(id, packageOf(attribute));
  }

  private static String packageOf(Attribute attribute) {
    javax.lang.model.element.Element current = attribute.element();
    while (!(current instanceof javax.lang.model.element.PackageElement)) {
      current = current.getEnclosingElement();
    }
    return ((javax.lang.model.element.PackageElement) current).getQualifiedName().toString();
  }

  /** Whether {@code fromProto} writes the field: it has a writer and the provider does not own it. */
  private static boolean creatable(ProtoField field) {
    Attribute attribute = field.attribute();
    boolean managed = attribute.column().version() || (attribute.column().id() && attribute.column().generated());
    return attribute.writer() != null && !managed;
  }

  /** The mapper of an entity or embeddable. */
  public Mapper messageMapper(ProtoFile file, ProtoMessage message) {
    EntityType entity = message.entity();
    boolean isEntity = entity.kind() == EntityType.Kind.ENTITY;
    ClassName entityClass = ClassName.get(entity.element());
    ClassName messageClass = messageClass(file, message);
    ClassName mapperClass = mapperClass(entity);

    VariableNames names = VariableNames.avoiding(packageRoots);
    String entityName = names.of("entity");
    String messageName = names.of("message");
    Map<String, FieldSpec> converters = new LinkedHashMap<>();
    for (ProtoField field : message.fields()) {
      for (String converter : ValueConversions.converterClasses(field.mapping())) {
        converters.computeIfAbsent(converter, owner -> {
          ClassName type = ClassName.bestGuess(owner.replace('$', '.'));
          String simple = type.simpleName();
          String name = names.derived(Character.toLowerCase(simple.charAt(0)) + simple.substring(1));
          return FieldSpec.builder(type, name, Modifier.PRIVATE, Modifier.FINAL)
              .initializer("new $T()", type)
              .build();
        });
      }
    }
    java.util.Set<String> taken = new java.util.HashSet<>(converters.keySet());
    converters.values().forEach(converter -> taken.add(converter.name()));
    taken.addAll(List.of("INSTANCE", "toProto", "fromProto", "merge", "update"));
    MemberAccess access = new MemberAccess(entity.element(), entity.javaPackage(), taken, names);
    Context context = new Context(entity.element(), entityClass, messageClass, converters, names, access,
        new LinkedHashMap<>());

    // The provider owns generated ids and versions; a primary key never changes once the entity exists, nor does a
    // column the mapping declares not updatable (the provider would leave it out of the UPDATE: a silent no-op).
    List<ProtoField> readable = new ArrayList<>();
    List<ProtoField> creatable = new ArrayList<>();
    List<ProtoField> updatable = new ArrayList<>();
    List<String> fixed = new ArrayList<>();
    for (ProtoField field : message.fields()) {
      Attribute attribute = field.attribute();
      ProtoField reading = readVia(field);
      if (reading != null) {
        readable.add(reading);
      }
      if (creatable(field)) {
        creatable.add(field);
      }
      if (creatable(field) && !attribute.column().id() && attribute.column().updatable()) {
        updatable.add(field);
      } else {
        fixed.add(field.name());
      }
    }
    boolean resolves = takesReferences(message);

    TypeSpec.Builder type = TypeSpec.classBuilder(mapperClass)
        .addOriginatingElement(entity.element())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addAnnotation(AnnotationSpec.builder(GENERATED).addMember("value", "$S", PROCESSOR).build())
        .addJavadoc("Converts between {@link $T} $L and {@link $T} messages.\n", entityClass,
            isEntity ? "entities" : "values", messageClass)
        .addJavadoc("\n<p>Generated by jpaproto; stateless and thread-safe. Nulls travel as absent optional fields.\n");
    if (isEntity && !fixed.isEmpty()) {
      boolean declaredFixed = message.fields().stream().anyMatch(field -> !field.attribute().column().updatable());
      type.addJavadoc(declaredFixed
              ? "Never updated from a message (ids, versions, columns declared not updatable and attributes\n"
                  + "without a setter): $L.\n"
              : "Never updated from a message (ids, versions and attributes without a setter): $L.\n",
          String.join(", ", fixed));
    }
    if (resolves) {
      type.addJavadoc("Relations travel as ids: {@code toProto} reads the target's id without loading it, and\n")
          .addJavadoc("{@code fromProto}, {@code merge} and {@code update} turn ids back into references through a\n")
          .addJavadoc("{@link $T} such as {@code entityManager::getReference}.\n", RESOLVER);
    }
    type.addField(FieldSpec.builder(mapperClass, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("A shared instance.\n")
        .initializer("new $T()", mapperClass)
        .build());
    converters.values().forEach(type::addField);
    type.addMethod(MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Creates a mapper; {@link #INSTANCE} serves most uses.\n")
        .build());

    type.addMethod(toProto(context, readable));
    context.keyHelpers().values().forEach(type::addMethod);
    if (entity.isRecord()) {
      type.addMethod(recordFromProto(context, message, entity));
    } else {
      type.addMethod(fromProto(context, creatable, isEntity, resolves));
    }
    if (isEntity) {
      MethodSpec.Builder merge = MethodSpec.methodBuilder("merge")
          .addModifiers(Modifier.PUBLIC)
          .addJavadoc("Copies every updatable field of the message into an existing entity; absent optional fields\n")
          .addJavadoc("become null. Ids and versions are not touched.\n")
          .addParameter(entityClass, entityName)
          .addParameter(messageClass, messageName);
      if (resolves) {
        merge.addParameter(RESOLVER, names.of("references"));
      }
      merge.addStatement("$T.requireNonNull($N, $S)", Objects.class, entityName, entityName)
          .addStatement("$T.requireNonNull($N, $S)", Objects.class, messageName, messageName);
      for (ProtoField field : updatable) {
        merge.addStatement(applyCall(context, field));
      }
      type.addMethod(merge.build());
      type.addMethod(update(context, message, updatable, fixed, resolves));
    }
    if (!entity.isRecord()) {
      for (ProtoField field : creatable) {
        type.addMethod(apply(context, field));
      }
    }
    access.addTo(type);
    return new Mapper(javaFile(entity.javaPackage(), type.build()), entity.element());
  }

  /** The mapper of a Java enum. */
  public Mapper enumMapper(ProtoFile file, ProtoEnum protoEnum) {
    EnumType source = protoEnum.source();
    ClassName javaEnum = ClassName.get(source.element());
    ClassName protoClass = enumClass(file, protoEnum);
    ClassName mapperClass = ClassName.get(source.javaPackage(), source.nestedName() + "ProtoMapper");
    VariableNames names = VariableNames.avoiding(packageRoots);
    String value = names.of("value");
    String field = names.of("field");

    CodeBlock.Builder toProto = CodeBlock.builder().add("return switch ($N) {\n", value).indent();
    CodeBlock.Builder fromProto = CodeBlock.builder().add("return switch ($N) {\n", value).indent();
    for (ProtoEnumValue constant : protoEnum.values()) {
      if (constant.javaConstant() == null) {
        fromProto.add("case $L -> null;\n", constant.name());
      } else {
        toProto.add("case $L -> $T.$L;\n", constant.javaConstant(), protoClass, constant.name());
        fromProto.add("case $L -> $T.$L;\n", constant.name(), javaEnum, constant.javaConstant());
      }
    }
    fromProto.add("case UNRECOGNIZED -> throw new $T(\n", IllegalArgumentException.class)
        .add("    \"field \" + $N + \": a $L number this version does not know\");\n", field, protoEnum.name());
    toProto.unindent().add("};\n");
    fromProto.unindent().add("};\n");

    TypeSpec type = TypeSpec.classBuilder(mapperClass)
        .addOriginatingElement(source.element())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addAnnotation(AnnotationSpec.builder(GENERATED).addMember("value", "$S", PROCESSOR).build())
        .addJavadoc("Converts between {@link $T} and the proto enum {@link $T}, by constant name.\n",
            javaEnum, protoClass)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(MethodSpec.methodBuilder("toProto")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addJavadoc("Returns the proto value of a non-null constant.\n")
            .returns(protoClass)
            .addParameter(javaEnum, value)
            .addCode(toProto.build())
            .build())
        .addMethod(MethodSpec.methodBuilder("fromProto")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addJavadoc("Returns the constant of a proto value, {@code null} for the {@code _UNSPECIFIED} value;\n")
            .addJavadoc("throws {@link IllegalArgumentException} naming {@code field} for an unknown number.\n")
            .returns(javaEnum)
            .addParameter(protoClass, value)
            .addParameter(String.class, field)
            .addCode(fromProto.build())
            .build())
        .build();
    return new Mapper(javaFile(source.javaPackage(), type), source.element());
  }

  /** What the per-field code generation needs. */
  private record Context(TypeElement entity, ClassName entityClass, ClassName messageClass,
      Map<String, FieldSpec> converters, VariableNames names, MemberAccess access,
      Map<String, MethodSpec> keyHelpers) {

    /** The name of the variable usually called {@code usual} in this mapper. */
    String name(String usual) {
      return names.of(usual);
    }

    /** The variable usually called {@code usual}, as code. */
    CodeBlock variable(String usual) {
      return CodeBlock.of("$N", names.of(usual));
    }
  }

  /**
   * The Java value a relation carries for one related entity: its id, or, for a target keyed by an {@code @IdClass},
   * an id class instance built by a helper of this mapper.
   */
  private CodeBlock targetId(Context context, ProtoField field, CodeBlock target) {
    IdClassKey key = field.mapping().targetKey();
    if (key == null) {
      Attribute id = field.mapping().targetId();
      return requireId(id, context.access().readId(target, target(field.attribute()), id.reader()), field);
    }
    MethodSpec helper = context.keyHelpers().computeIfAbsent(key.entity().getQualifiedName().toString(),
        name -> keyHelper(context, key));
    return CodeBlock.of("$N($L)", helper, target);
  }

  /** {@code private static Key entityKey(Entity target)}: the {@code @IdClass} instance of a related entity. */
  private static MethodSpec keyHelper(Context context, IdClassKey key) {
    ClassName idClass = ClassName.get(key.idClass().element());
    ClassName target = ClassName.get(key.entity());
    String simple = key.entity().getSimpleName().toString();
    MethodSpec.Builder method = MethodSpec.methodBuilder(
            context.names().derived(Character.toLowerCase(simple.charAt(0)) + simple.substring(1) + "Key"))
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addJavadoc("The {@link $T} key of a $L, as {@code getReference} takes it.\n", idClass, simple)
        .returns(idClass)
        .addParameter(target, context.name("target"));
    List<CodeBlock> values = new ArrayList<>();
    for (IdClassKey.Part part : key.parts()) {
      Attribute entityPart = part.entityPart();
      CodeBlock value = context.access().read(context.variable("target"), key.entity(), entityPart.reader());
      if (part.derivedId() != null) {
        value = CodeBlock.of("$L == null ? null : $L", value,
            context.access().readId(value, target(entityPart), part.derivedId().reader()));
      }
      values.add(value);
    }
    if (key.idClass().isRecord()) {
      return method.addStatement("return new $T($L)", idClass, CodeBlock.join(values, ",\n    ")).build();
    }
    method.addStatement("$T $N = new $T()", idClass, context.name("key"), idClass);
    for (int i = 0; i < values.size(); i++) {
      Accessor writer = key.parts().get(i).idClassPart().writer();
      method.addStatement(
          context.access().write(context.variable("key"), key.idClass().element(), writer, values.get(i)));
    }
    return method.addStatement("return $N", context.name("key")).build();
  }

  private MethodSpec toProto(Context context, List<ProtoField> readable) {
    MethodSpec.Builder method = MethodSpec.methodBuilder("toProto")
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Returns the message holding the entity's values; null attributes stay absent.\n")
        .returns(context.messageClass())
        .addParameter(context.entityClass(), context.name("entity"))
        .addStatement("$T.requireNonNull($N, $S)", Objects.class, context.name("entity"), context.name("entity"))
        .addStatement("$T $N = $T.newBuilder()", context.messageClass().nestedClass("Builder"),
            context.name("message"), context.messageClass());
    NameAllocator locals = context.names().methodLocals();
    CodeBlock message = context.variable("message");
    for (ProtoField field : readable) {
      Attribute attribute = field.attribute();
      String camel = Naming.protocCamelCase(field.name());
      CodeBlock read = context.access().read(context.variable("entity"), context.entity(), attribute.reader());
      if (attribute.primitive()) {
        method.addStatement("$L.set$L($L)", message, camel, toProtoValue(context, field, read));
        continue;
      }
      String local = locals.newName(attribute.name());
      method.addStatement("$T $L = $L", TypeName.get(attribute.reader().type()), local, read)
          .beginControlFlow("if ($L != null)", local);
      switch (field.cardinality()) {
        case SINGULAR -> {
          if (attribute.isRelation() && field.mapping().targetKey() != null) {
            method.addStatement("$L.set$L($L)", message, camel,
                toProtoValue(context, field, targetId(context, field, CodeBlock.of("$L", local))));
          } else if (attribute.isRelation()) {
            // A related entity without an id was never persisted: refuse it rather than drop the relation.
            Attribute id = field.mapping().targetId();
            String idLocal = locals.newName(attribute.name() + "Id");
            method.addStatement("$T $L = $L", TypeName.get(id.reader().type()), idLocal,
                requireId(id, context.access().readId(CodeBlock.of("$L", local), target(attribute), id.reader()), field))
                .addStatement("$L.set$L($L)", message, camel,
                    toProtoValue(context, field, CodeBlock.of("$L", idLocal)));
          } else {
            method.addStatement("$L.set$L($L)", message, camel,
                toProtoValue(context, field, CodeBlock.of("$L", local)));
          }
        }
        case REPEATED -> {
          String element = locals.newName(Naming.singular(attribute.name()));
          if (!isArray(attribute)) {   // an array is a value, never a provider's lazy collection
            method.addStatement("$T.requireLoaded($L, $S)", RELATIONS, local, field.name());
          }
          method.beginControlFlow("for ($T $L : $L)", TypeName.get(attribute.elementType()), element, local);
          CodeBlock required = CodeBlock.of("$T.required($L, $S)", PRESENCE, element, field.name());
          CodeBlock value = attribute.isRelation() ? targetId(context, field, required)
              : attribute.elementType().getKind().isPrimitive() ? CodeBlock.of("$L", element)
              : required;
          method.addStatement("$L.add$L($L)", message, camel, toProtoValue(context, field, value))
              .endControlFlow();
        }
        case MAP -> {
          String entry = locals.newName("entry");
          TypeName entryType = ParameterizedTypeName.get(ClassName.get(Map.Entry.class),
              TypeName.get(attribute.keyType()).box(), TypeName.get(attribute.elementType()).box());
          CodeBlock key = CodeBlock.of("$T.required($L.getKey(), $S)", PRESENCE, entry, field.name());
          TypeMapping keyMapping = field.mapping().key();
          if (keyMapping.targetId() != null) {
            key = requireId(keyMapping.targetId(), context.access().readId(key,
                (TypeElement) ((DeclaredType) attribute.keyType()).asElement(), keyMapping.targetId().reader()), field);
          }
          CodeBlock value = CodeBlock.of("$T.required($L.getValue(), $S)", PRESENCE, entry, field.name());
          method.addStatement("$T.requireLoaded($L, $S)", RELATIONS, local, field.name())
              .beginControlFlow("for ($T $L : $L.entrySet())", entryType, entry, local)
              .addStatement("$L.put$L($L, $L)", message, camel, convert(context, keyMapping, field, key, true),
                  toProtoValue(context, field, attribute.isRelation() ? targetId(context, field, value) : value))
              .endControlFlow();
        }
      }
      method.endControlFlow();
    }
    return method.addStatement("return $L.build()", message).build();
  }

  private MethodSpec fromProto(Context context, List<ProtoField> creatable, boolean isEntity, boolean resolves) {
    MethodSpec.Builder method = MethodSpec.methodBuilder("fromProto")
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc(isEntity
            ? "Returns a new entity holding the message's values; generated ids and versions are left to the\n"
                + "JPA provider.\n"
            : "Returns a new value holding the message's values.\n")
        .returns(context.entityClass())
        .addParameter(context.messageClass(), context.name("message"));
    if (resolves) {
      method.addParameter(RESOLVER, context.name("references"));
    }
    method.addStatement("$T.requireNonNull($N, $S)", Objects.class, context.name("message"), context.name("message"))
        .addStatement("$T $N = $L", context.entityClass(), context.name("entity"), newInstance(context));
    for (ProtoField field : creatable) {
      method.addStatement(applyCall(context, field));
    }
    return method.addStatement("return $N", context.name("entity")).build();
  }

  /** A new entity: {@code new Entity()}, or through a constructor handle where the constructor is private. */
  private static CodeBlock newInstance(Context context) {
    CodeBlock created = context.access().newInstance(context.entity());
    // Without a no-argument constructor MapperOutput has reported JP170; the code below then does not compile.
    return created != null ? created : CodeBlock.of("new $T()", context.entityClass());
  }

  /** The entity type of a relation's target. */
  private static TypeElement target(Attribute attribute) {
    return (TypeElement) ((DeclaredType) attribute.valueType()).asElement();
  }

  /** A record is built in one step through its canonical constructor, in component order. */
  private MethodSpec recordFromProto(Context context, ProtoMessage message, EntityType record) {
    Map<Attribute, ProtoField> byAttribute = new HashMap<>();
    message.fields().forEach(field -> byAttribute.put(field.attribute(), field));
    List<CodeBlock> arguments = new ArrayList<>();
    for (Attribute attribute : record.attributes()) {
      ProtoField field = byAttribute.get(attribute);
      arguments.add(field == null ? defaultValue(attribute) : fromProtoExpression(context, field));
    }
    return MethodSpec.methodBuilder("fromProto")
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Returns a new value holding the message's values.\n")
        .returns(context.entityClass())
        .addParameter(context.messageClass(), context.name("message"))
        .addStatement("$T.requireNonNull($N, $S)", Objects.class, context.name("message"), context.name("message"))
        .addStatement("return new $T($L)", context.entityClass(), CodeBlock.join(arguments, ",\n    "))
        .build();
  }

  private static CodeBlock defaultValue(Attribute attribute) {
    return switch (attribute.type().getKind()) {
      case BOOLEAN -> CodeBlock.of("false");
      case BYTE, SHORT, INT, LONG, CHAR, FLOAT, DOUBLE -> CodeBlock.of("($T) 0", TypeName.get(attribute.type()));
      default -> CodeBlock.of("null");
    };
  }

  private MethodSpec update(Context context, ProtoMessage message, List<ProtoField> updatable, List<String> fixed,
      boolean resolves) {
    String valid = updatable.stream().map(ProtoField::name).collect(Collectors.joining(", "));
    MethodSpec.Builder method = MethodSpec.methodBuilder("update")
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Copies the fields named by {@code mask} from the message into the entity and leaves every other\n")
        .addJavadoc("attribute alone; the path {@code *} copies every updatable field. All paths are checked before\n")
        .addJavadoc("anything changes: a path that names no updatable field throws {@link IllegalArgumentException}\n")
        .addJavadoc("naming it, and the entity is left as it was.\n")
        .addParameter(context.entityClass(), context.name("entity"))
        .addParameter(context.messageClass(), context.name("message"))
        .addParameter(FIELD_MASK, context.name("mask"));
    if (resolves) {
      method.addParameter(RESOLVER, context.name("references"));
    }
    String path = context.name("path");
    String mask = context.name("mask");
    method.addStatement("$T.requireNonNull($N, $S)", Objects.class, context.name("entity"), context.name("entity"))
        .addStatement("$T.requireNonNull($N, $S)", Objects.class, context.name("message"), context.name("message"))
        .addStatement("$T.requireNonNull($N, $S)", Objects.class, mask, mask)
        .beginControlFlow("for ($T $N : $N.getPathsList())", String.class, path, mask)
        .beginControlFlow("switch ($N)", path);
    List<String> accepted = new ArrayList<>();
    accepted.add(CodeBlock.of("$S", "*").toString());
    updatable.forEach(field -> accepted.add(CodeBlock.of("$S", field.name()).toString()));
    method.addCode("case $L -> {\n}\n", String.join(", ", accepted));
    if (!fixed.isEmpty()) {
      method.addStatement("case $L -> throw new $T(\n$S + $N + $S)",
          fixed.stream().map(name -> CodeBlock.of("$S", name).toString()).collect(Collectors.joining(", ")),
          IllegalArgumentException.class,
          "update mask path \"", path, "\" names a field of " + message.name() + " that cannot be updated");
    }
    method.addStatement("default -> throw new $T(\n$S + $N + $S)", IllegalArgumentException.class,
        "update mask path \"", path, "\" names no field of " + message.name() + "; valid paths: " + valid);
    method.endControlFlow().endControlFlow()
        .beginControlFlow("for ($T $N : $N.getPathsList())", String.class, path, mask)
        .beginControlFlow("switch ($N)", path)
        .addStatement("case $S -> merge($N, $N$L)", "*", context.name("entity"), context.name("message"),
            resolves ? CodeBlock.of(", $N", context.name("references")) : "");
    for (ProtoField field : updatable) {
      method.addStatement("case $S -> $L", field.name(), applyCall(context, field));
    }
    return method.addCode("default -> {\n}\n").endControlFlow().endControlFlow().build();
  }

  private MethodSpec apply(Context context, ProtoField field) {
    Attribute attribute = field.attribute();
    String camel = Naming.protocCamelCase(field.name());
    MethodSpec.Builder method = MethodSpec.methodBuilder(applyName(field))
        .addModifiers(Modifier.PRIVATE)
        .addParameter(context.entityClass(), context.name("entity"))
        .addParameter(context.messageClass(), context.name("message"));
    if (resolves(field)) {
      method.addParameter(RESOLVER, context.name("references"));
    }
    CodeBlock message = context.variable("message");
    String values = context.name("values");
    String index = context.name("i");
    switch (field.cardinality()) {
      case SINGULAR -> {
        SharedColumn shared = field.folded() == null ? null : field.folded().shared();
        if (shared != null && shared.writesFolded() && shared.kind() == SharedColumn.Kind.MAPS_ID) {
          writeMapsId(context, method, field, shared);
        } else {
          writeSingular(context, method, field);
          if (shared != null && shared.writesFolded()) {
            // The read-only twin is kept equal to what the database will hold.
            writeSingular(context, method, field.throughFolded());
          }
        }
      }
      case REPEATED -> {
        if (isArray(attribute)) {
          method.addStatement("$T $N = new $T[$L.get$LCount()]", TypeName.get(attribute.type()), values,
                  TypeName.get(attribute.elementType()), message, camel)
              .beginControlFlow("for (int $N = 0; $N < $N.length; $N++)", index, index, values, index)
              .addStatement("$N[$N] = $L", values, index,
                  fromProtoElement(context, field, CodeBlock.of("$L.get$L($N)", message, camel, index)))
              .endControlFlow()
              .addStatement(write(context, attribute, CodeBlock.of("$N", values)));
          break;
        }
        // Filled in the collection kind the attribute declares and handed over as is: one collection, no copy.
        ClassName kind = collectionClass(attribute.type());
        TypeName collection = ParameterizedTypeName.get(kind, TypeName.get(attribute.elementType()).box());
        method.addStatement("$T $N = new $T<>($L)", collection, values, kind,
                kind.equals(ClassName.get(ArrayList.class)) ? CodeBlock.of("$L.get$LCount()", message, camel) : "")
            .beginControlFlow("for (int $N = 0; $N < $L.get$LCount(); $N++)", index, index, message, camel, index)
            .addStatement("$N.add($L)", values,
                fromProtoElement(context, field, CodeBlock.of("$L.get$L($N)", message, camel, index)))
            .endControlFlow()
            .addStatement(write(context, attribute, CodeBlock.of("$N", values)));
      }
      case MAP -> {
        ClassName kind = collectionClass(attribute.type());
        TypeName mapType = ParameterizedTypeName.get(kind,
            TypeName.get(attribute.keyType()).box(), TypeName.get(attribute.elementType()).box());
        TypeMapping keyMapping = field.mapping().key();
        CodeBlock key = convert(context, keyMapping, field, context.variable("key"), false);
        if (keyMapping.targetId() != null) {
          key = CodeBlock.of("$N.getReference($T.class, $L)", context.name("references"),
              ClassName.get((TypeElement) ((DeclaredType) attribute.keyType()).asElement()), key);
        }
        method.addStatement("$T $N = new $T<>()", mapType, values, kind)
            .addStatement("$L.get$LMap().forEach(($N, $N) -> $N.put($L, $L))", message, camel, context.name("key"),
                context.name("value"), values, key, fromProtoElement(context, field, context.variable("value")))
            .addStatement(write(context, attribute, CodeBlock.of("$N", values)));
      }
    }
    return method.build();
  }

  private void writeSingular(Context context, MethodSpec.Builder method, ProtoField field) {
    Attribute attribute = field.attribute();
    boolean presence = field.optional() || field.mapping().protoType().hasImplicitPresence();
    if (presence && attribute.primitive()) {
      method.beginControlFlow("if ($N.has$L())", context.name("message"), Naming.protocCamelCase(field.name()))
          .addStatement(write(context, attribute, singleValue(context, field)))
          .endControlFlow();
    } else {
      method.addStatement(write(context, attribute, fromProtoExpression(context, field)));
    }
  }

  /**
   * A {@code @MapsId} id: the id is written, then the relation is set to a reference to the entity of that id (or of
   * the embedded id's part), since the provider derives the id from the relation.
   */
  private void writeMapsId(Context context, MethodSpec.Builder method, ProtoField field, SharedColumn shared) {
    Attribute id = field.attribute();
    Attribute relation = shared.folded();
    CodeBlock key = context.variable("key");
    method.addStatement("$T $L = $L", TypeName.get(id.type()), key, fromProtoExpression(context, field))
        .addStatement(write(context, id, key));
    CodeBlock targetId = shared.idPart() == null ? key : context.access().read(key,
        (TypeElement) ((DeclaredType) id.type()).asElement(), shared.idPart().reader());
    CodeBlock reference = CodeBlock.of("$N.getReference($T.class, $L)", context.name("references"),
        ClassName.get(target(relation)), targetId);
    method.addStatement(write(context, relation, id.primitive() ? reference
        : CodeBlock.of("$L == null ? null : $L", key, reference)));
  }

  /** Whether the attribute is an array of basic values (a SQL array), which maps to a repeated field. */
  private static boolean isArray(Attribute attribute) {
    return attribute.type().getKind() == javax.lang.model.type.TypeKind.ARRAY;
  }

  /** {@code read}, the id of a related entity, checked to be there unless it is primitive. */
  private static CodeBlock requireId(Attribute id, CodeBlock read, ProtoField field) {
    return id.primitive() ? read : CodeBlock.of("$T.requireId($L, $S)", RELATIONS, read, field.name());
  }

  /** The class to instantiate for a declared collection or map type. */
  private ClassName collectionClass(TypeMirror declared) {
    String name = ((TypeElement) ((DeclaredType) types.erasure(declared)).asElement()).getQualifiedName().toString();
    return switch (name) {
      case "java.util.List", "java.util.Collection", "java.lang.Iterable" -> ClassName.get(ArrayList.class);
      case "java.util.Set" -> ClassName.get(java.util.LinkedHashSet.class);
      case "java.util.SortedSet", "java.util.NavigableSet" -> ClassName.get(java.util.TreeSet.class);
      case "java.util.Map" -> ClassName.get(LinkedHashMap.class);
      case "java.util.SortedMap", "java.util.NavigableMap" -> ClassName.get(java.util.TreeMap.class);
      default -> ClassName.bestGuess(name);
    };
  }

  /** The Java value of a singular field, {@code null} where the field is absent. */
  private CodeBlock fromProtoExpression(Context context, ProtoField field) {
    String camel = Naming.protocCamelCase(field.name());
    boolean presence = field.optional() || field.mapping().protoType().hasImplicitPresence();
    CodeBlock value = singleValue(context, field);
    if (presence && !field.attribute().primitive()) {
      CodeBlock present = CodeBlock.of("$N.has$L() ? $L : null", context.name("message"), camel, value);
      return field.optional() || !checks.required(field)
          ? present
          : CodeBlock.of("$T.required($L, $S)", PRESENCE, present, field.name());
    }
    return ValueConversions.refuseUnspecified(field.mapping(), field.name(), value);
  }

  private CodeBlock singleValue(Context context, ProtoField field) {
    return fromProtoValue(context, field,
        CodeBlock.of("$N.get$L()", context.name("message"), Naming.protocCamelCase(field.name())));
  }

  /**
   * One element of a repeated field or value of a map field as its Java value. Collections hold no nulls, so an enum's
   * {@code _UNSPECIFIED} is refused, naming the field, as it is in a required singular field.
   */
  private CodeBlock fromProtoElement(Context context, ProtoField field, CodeBlock protoValue) {
    return ValueConversions.refuseUnspecified(field.mapping(), field.name(), fromProtoValue(context, field, protoValue));
  }

  /**
   * One proto value (of a singular field, a list element or a map value) as its Java value, checked against its
   * column; a required relation's id is checked to be there.
   */
  private CodeBlock fromProtoValue(Context context, ProtoField field, CodeBlock protoValue) {
    if (!field.attribute().isRelation()) {
      return checks.checked(field, convert(context, field.mapping(), field, protoValue, false));
    }
    CodeBlock value = convert(context, field.mapping(), field, checks.requiredId(field, protoValue), false);
    TypeElement target = (TypeElement) ((DeclaredType) field.attribute().valueType()).asElement();
    return CodeBlock.of("$N.getReference($T.class, $L)", context.name("references"), ClassName.get(target), value);
  }

  /** One Java value (a singular attribute, a collection element, a map value, a relation's id) as its proto value. */
  private CodeBlock toProtoValue(Context context, ProtoField field, CodeBlock javaValue) {
    return convert(context, field.mapping(), field, javaValue, true);
  }

  private CodeBlock convert(Context context, TypeMapping mapping, ProtoField field, CodeBlock value, boolean toProto) {
    return conversions.convert(mapping, field.name(), value, toProto, context.converters()::get);
  }

  private static CodeBlock write(Context context, Attribute attribute, CodeBlock value) {
    return context.access().write(context.variable("entity"), context.entity(), attribute.writer(), value);
  }

  private static CodeBlock applyCall(Context context, ProtoField field) {
    return CodeBlock.of("$L($N, $N$L)", applyName(field), context.name("entity"), context.name("message"),
        resolves(field) ? CodeBlock.of(", $N", context.name("references")) : "");
  }

  private static String applyName(ProtoField field) {
    return "apply" + Naming.protocCamelCase(field.name());
  }

  static JavaFile javaFile(String javaPackage, TypeSpec type) {
    return JavaFile.builder(javaPackage, type).skipJavaLangImports(true).indent("  ").build();
  }
}
