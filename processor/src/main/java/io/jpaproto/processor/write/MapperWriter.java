package io.jpaproto.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.jpaproto.processor.model.Accessor;
import io.jpaproto.processor.model.Attribute;
import io.jpaproto.processor.model.EntityType;
import io.jpaproto.processor.model.EnumType;
import io.jpaproto.processor.schema.Naming;
import io.jpaproto.processor.schema.ProtoEnum;
import io.jpaproto.processor.schema.ProtoEnumValue;
import io.jpaproto.processor.schema.ProtoField;
import io.jpaproto.processor.schema.ProtoFile;
import io.jpaproto.processor.schema.ProtoMessage;
import io.jpaproto.processor.types.Conversion;
import io.jpaproto.processor.types.ProtoType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * Renders the mappers between entities and protoc-generated messages as plain Java: one {@code <Entity>ProtoMapper}
 * per entity and one {@code <Enum>ProtoMapper} per enum, in the Java type's own package. The code calls getters,
 * setters and the runtime's static conversions; it uses no reflection and allocates nothing beyond the message, its
 * builder and the entity.
 */
public final class MapperWriter {
  private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
  private static final ClassName FIELD_MASK = ClassName.get("com.google.protobuf", "FieldMask");
  private static final ClassName PRESENCE = ClassName.get("io.jpaproto.convert", "Presence");
  private static final String PROCESSOR = "io.jpaproto.processor.JpaProtoProcessor";

  /** Where a Java enum's proto counterpart and mapper live. */
  private record EnumClasses(ClassName protoEnum, ClassName mapper) {
  }

  /**
   * A mapper to write.
   *
   * @param file the Java source
   * @param origin the entity or enum it is generated from
   */
  public record Mapper(JavaFile file, TypeElement origin) {
  }

  private final Map<String, EnumClasses> enums = new HashMap<>();

  /** A writer for the mappers of {@code files}; enums are looked up across all of them. */
  public MapperWriter(List<ProtoFile> files) {
    for (ProtoFile file : files) {
      for (ProtoEnum protoEnum : file.enums()) {
        EnumType source = protoEnum.source();
        enums.put(source.element().getQualifiedName().toString(), new EnumClasses(
            ClassName.get(file.javaPackage(), protoEnum.name()),
            ClassName.get(source.javaPackage(), source.nestedName() + "ProtoMapper")));
      }
    }
  }

  /** The message class protoc generates for {@code message} of {@code file}. */
  public static ClassName messageClass(ProtoFile file, ProtoMessage message) {
    return ClassName.get(file.javaPackage(), message.name());
  }

  /** The proto enum class protoc generates for {@code protoEnum} of {@code file}. */
  public static ClassName enumClass(ProtoFile file, ProtoEnum protoEnum) {
    return ClassName.get(file.javaPackage(), protoEnum.name());
  }

  /** The mapper of an entity. */
  public Mapper entityMapper(ProtoFile file, ProtoMessage message) {
    EntityType entity = message.entity();
    ClassName entityClass = ClassName.get(entity.element());
    ClassName messageClass = messageClass(file, message);
    ClassName mapperClass = ClassName.get(entity.javaPackage(), entity.nestedName() + "ProtoMapper");

    NameAllocator names = new NameAllocator();
    names.newName("entity");
    names.newName("message");
    names.newName("mask");
    names.newName("path");
    Map<String, FieldSpec> converters = new LinkedHashMap<>();
    for (ProtoField field : message.fields()) {
      Conversion conversion = field.mapping().conversion();
      if (conversion.kind() == Conversion.Kind.CONVERTER) {
        converters.computeIfAbsent(conversion.owner(), owner -> {
          ClassName type = ClassName.bestGuess(owner.replace('$', '.'));
          String simple = type.simpleName();
          String name = names.newName(Character.toLowerCase(simple.charAt(0)) + simple.substring(1));
          return FieldSpec.builder(type, name, Modifier.PRIVATE, Modifier.FINAL)
              .initializer("new $T()", type)
              .build();
        });
      }
    }

    // The provider owns generated ids and versions; a primary key never changes once the entity exists.
    List<ProtoField> readable = new ArrayList<>();
    List<ProtoField> creatable = new ArrayList<>();
    List<ProtoField> updatable = new ArrayList<>();
    List<String> readOnly = new ArrayList<>();
    for (ProtoField field : message.fields()) {
      Attribute attribute = field.attribute();
      if (attribute.reader() != null) {
        readable.add(field);
      }
      boolean managed = attribute.column().version() || (attribute.column().id() && attribute.column().generated());
      if (attribute.writer() != null && !managed) {
        creatable.add(field);
      }
      if (attribute.writer() != null && !managed && !attribute.column().id()) {
        updatable.add(field);
      } else {
        readOnly.add(field.name());
      }
    }

    TypeSpec.Builder type = TypeSpec.classBuilder(mapperClass)
        .addOriginatingElement(entity.element())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addAnnotation(AnnotationSpec.builder(GENERATED).addMember("value", "$S", PROCESSOR).build())
        .addJavadoc("Converts between {@link $T} entities and {@link $T} messages.\n", entityClass, messageClass)
        .addJavadoc("\n<p>Generated by jpaproto; stateless and thread-safe. Nulls travel as absent optional fields.\n");
    if (!readOnly.isEmpty()) {
      type.addJavadoc("Never updated from a message (ids, versions and attributes without a setter): $L.\n",
          String.join(", ", readOnly));
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

    type.addMethod(toProto(entityClass, messageClass, readable, names, converters));
    MethodSpec.Builder fromProto = MethodSpec.methodBuilder("fromProto")
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Returns a new entity holding the message's values; generated ids and versions are left to the\n")
        .addJavadoc("JPA provider.\n")
        .returns(entityClass)
        .addParameter(messageClass, "message")
        .addStatement("$T.requireNonNull(message, $S)", Objects.class, "message")
        .addStatement("$T entity = new $T()", entityClass, entityClass);
    for (ProtoField field : creatable) {
      fromProto.addStatement("$L(entity, message)", applyName(field));
    }
    type.addMethod(fromProto.addStatement("return entity").build());
    MethodSpec.Builder merge = MethodSpec.methodBuilder("merge")
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Copies every updatable field of the message into an existing entity; absent optional fields\n")
        .addJavadoc("become null. Ids and versions are not touched.\n")
        .addParameter(entityClass, "entity")
        .addParameter(messageClass, "message")
        .addStatement("$T.requireNonNull(entity, $S)", Objects.class, "entity")
        .addStatement("$T.requireNonNull(message, $S)", Objects.class, "message");
    for (ProtoField field : updatable) {
      merge.addStatement("$L(entity, message)", applyName(field));
    }
    type.addMethod(merge.build());
    type.addMethod(update(entityClass, messageClass, message, updatable, readOnly));
    for (ProtoField field : creatable) {
      type.addMethod(apply(entityClass, messageClass, field, converters));
    }
    return new Mapper(javaFile(entity.javaPackage(), type.build()), entity.element());
  }

  /** The mapper of a Java enum. */
  public Mapper enumMapper(ProtoFile file, ProtoEnum protoEnum) {
    EnumType source = protoEnum.source();
    ClassName javaEnum = ClassName.get(source.element());
    ClassName protoClass = enumClass(file, protoEnum);
    ClassName mapperClass = ClassName.get(source.javaPackage(), source.nestedName() + "ProtoMapper");

    CodeBlock.Builder toProto = CodeBlock.builder().add("return switch (value) {\n").indent();
    CodeBlock.Builder fromProto = CodeBlock.builder().add("return switch (value) {\n").indent();
    for (ProtoEnumValue value : protoEnum.values()) {
      if (value.javaConstant() == null) {
        fromProto.add("case $L -> null;\n", value.name());
      } else {
        toProto.add("case $L -> $T.$L;\n", value.javaConstant(), protoClass, value.name());
        fromProto.add("case $L -> $T.$L;\n", value.name(), javaEnum, value.javaConstant());
      }
    }
    fromProto.add("case UNRECOGNIZED -> throw new $T(\n", IllegalArgumentException.class)
        .add("    \"field \" + field + \": a $L number this version does not know\");\n", protoEnum.name());
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
            .addParameter(javaEnum, "value")
            .addCode(toProto.build())
            .build())
        .addMethod(MethodSpec.methodBuilder("fromProto")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addJavadoc("Returns the constant of a proto value, {@code null} for the {@code _UNSPECIFIED} value;\n")
            .addJavadoc("throws {@link IllegalArgumentException} naming {@code field} for an unknown number.\n")
            .returns(javaEnum)
            .addParameter(protoClass, "value")
            .addParameter(String.class, "field")
            .addCode(fromProto.build())
            .build())
        .build();
    return new Mapper(javaFile(source.javaPackage(), type), source.element());
  }

  private MethodSpec toProto(ClassName entityClass, ClassName messageClass, List<ProtoField> readable,
      NameAllocator names, Map<String, FieldSpec> converters) {
    MethodSpec.Builder method = MethodSpec.methodBuilder("toProto")
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Returns the message holding the entity's values; null attributes stay absent.\n")
        .returns(messageClass)
        .addParameter(entityClass, "entity")
        .addStatement("$T message = $T.newBuilder()", messageClass.nestedClass("Builder"), messageClass);
    NameAllocator locals = names.clone();
    for (ProtoField field : readable) {
      Attribute attribute = field.attribute();
      String setter = "set" + Naming.protocCamelCase(field.name());
      CodeBlock read = read(attribute);
      if (attribute.primitive()) {
        method.addStatement("message.$L($L)", setter, toProtoValue(field, read, converters));
      } else {
        String local = locals.newName(attribute.name());
        method.addStatement("$T $L = $L", TypeName.get(attribute.type()), local, read)
            .beginControlFlow("if ($L != null)", local)
            .addStatement("message.$L($L)", setter, toProtoValue(field, CodeBlock.of("$L", local), converters))
            .endControlFlow();
      }
    }
    return method.addStatement("return message.build()").build();
  }

  private MethodSpec update(ClassName entityClass, ClassName messageClass, ProtoMessage message,
      List<ProtoField> writable, List<String> readOnly) {
    String valid = writable.stream().map(ProtoField::name).collect(Collectors.joining(", "));
    MethodSpec.Builder method = MethodSpec.methodBuilder("update")
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Copies the fields named by {@code mask} from the message into the entity and leaves every other\n")
        .addJavadoc("attribute alone; the path {@code *} copies every updatable field. A path that names no updatable\n")
        .addJavadoc("field throws {@link IllegalArgumentException} naming it.\n")
        .addParameter(entityClass, "entity")
        .addParameter(messageClass, "message")
        .addParameter(FIELD_MASK, "mask")
        .addStatement("$T.requireNonNull(entity, $S)", Objects.class, "entity")
        .addStatement("$T.requireNonNull(message, $S)", Objects.class, "message")
        .beginControlFlow("for ($T path : mask.getPathsList())", String.class)
        .beginControlFlow("switch (path)")
        .addStatement("case $S -> merge(entity, message)", "*");
    for (ProtoField field : writable) {
      method.addStatement("case $S -> $L(entity, message)", field.name(), applyName(field));
    }
    if (!readOnly.isEmpty()) {
      method.addStatement("case $L -> throw new $T(\n$S + path + $S)",
          readOnly.stream().map(name -> CodeBlock.of("$S", name).toString()).collect(Collectors.joining(", ")),
          IllegalArgumentException.class,
          "update mask path \"", "\" names a field of " + message.name() + " that cannot be updated");
    }
    method.addStatement("default -> throw new $T(\n$S + path + $S)", IllegalArgumentException.class,
        "update mask path \"", "\" names no field of " + message.name() + "; valid paths: " + valid);
    return method.endControlFlow().endControlFlow().build();
  }

  private MethodSpec apply(ClassName entityClass, ClassName messageClass, ProtoField field,
      Map<String, FieldSpec> converters) {
    Attribute attribute = field.attribute();
    String camel = Naming.protocCamelCase(field.name());
    CodeBlock value = fromProtoValue(field, CodeBlock.of("message.get$L()", camel), converters);
    boolean presence = field.optional() || field.mapping().protoType().hasImplicitPresence();
    MethodSpec.Builder method = MethodSpec.methodBuilder(applyName(field))
        .addModifiers(Modifier.PRIVATE)
        .addParameter(entityClass, "entity")
        .addParameter(messageClass, "message");
    if (presence && attribute.primitive()) {
      method.beginControlFlow("if (message.has$L())", camel)
          .addStatement(write(attribute, value))
          .endControlFlow();
    } else if (presence) {
      method.addStatement(write(attribute, CodeBlock.of("message.has$L() ? $L : null", camel, value)));
    } else if (field.mapping().protoType().kind() == ProtoType.Kind.JAVA_ENUM) {
      method.addStatement(write(attribute, CodeBlock.of("$T.required($L, $S)", PRESENCE, value, field.name())));
    } else {
      method.addStatement(write(attribute, value));
    }
    return method.build();
  }

  private CodeBlock toProtoValue(ProtoField field, CodeBlock value, Map<String, FieldSpec> converters) {
    Conversion conversion = field.mapping().conversion();
    if (field.mapping().protoType().kind() == ProtoType.Kind.JAVA_ENUM && conversion.kind() == Conversion.Kind.IDENTITY) {
      return CodeBlock.of("$T.toProto($L)", enums.get(field.mapping().protoType().name()).mapper(), value);
    }
    return switch (conversion.kind()) {
      case IDENTITY -> value;
      case STATIC_METHODS -> CodeBlock.of("$T.$L($L, $S)",
          ClassName.bestGuess(conversion.owner()), conversion.toProtoMethod(), value, field.name());
      case CONVERTER -> CodeBlock.of("$N.toProto($L)", converters.get(conversion.owner()), value);
    };
  }

  private CodeBlock fromProtoValue(ProtoField field, CodeBlock value, Map<String, FieldSpec> converters) {
    Conversion conversion = field.mapping().conversion();
    if (field.mapping().protoType().kind() == ProtoType.Kind.JAVA_ENUM && conversion.kind() == Conversion.Kind.IDENTITY) {
      return CodeBlock.of("$T.fromProto($L, $S)", enums.get(field.mapping().protoType().name()).mapper(), value,
          field.name());
    }
    return switch (conversion.kind()) {
      case IDENTITY -> value;
      case STATIC_METHODS -> CodeBlock.of("$T.$L($L, $S)",
          ClassName.bestGuess(conversion.owner()), conversion.fromProtoMethod(), value, field.name());
      case CONVERTER -> CodeBlock.of("$N.fromProto($L)", converters.get(conversion.owner()), value);
    };
  }

  private static CodeBlock read(Attribute attribute) {
    Accessor reader = attribute.reader();
    return reader.kind() == Accessor.Kind.METHOD
        ? CodeBlock.of("entity.$L()", reader.name())
        : CodeBlock.of("entity.$L", reader.name());
  }

  private static CodeBlock write(Attribute attribute, CodeBlock value) {
    Accessor writer = attribute.writer();
    return writer.kind() == Accessor.Kind.METHOD
        ? CodeBlock.of("entity.$L($L)", writer.name(), value)
        : CodeBlock.of("entity.$L = $L", writer.name(), value);
  }

  private static String applyName(ProtoField field) {
    return "apply" + Naming.protocCamelCase(field.name());
  }

  private static JavaFile javaFile(String javaPackage, TypeSpec type) {
    return JavaFile.builder(javaPackage, type).skipJavaLangImports(true).indent("  ").build();
  }
}
