package io.jpaproto.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import io.jpaproto.processor.model.EntityType;
import io.jpaproto.processor.model.EnumType;
import io.jpaproto.processor.schema.ProtoEnum;
import io.jpaproto.processor.schema.ProtoFile;
import io.jpaproto.processor.schema.ProtoMessage;
import io.jpaproto.processor.types.Conversion;
import io.jpaproto.processor.types.ProtoType;
import io.jpaproto.processor.types.TypeMapping;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The code that converts one value between its Java type and its proto type, as every generated class writes it:
 * through the generated enum and embeddable mappers, the runtime's static conversions, or a user's converter. Mappers
 * and services share it, so a filter value or an id converts exactly as the mapper converts the field.
 */
final class ValueConversions {
  private static final ClassName PRESENCE = ClassName.get("io.jpaproto.convert", "Presence");
  private static final ClassName ATTRIBUTE_CONVERSIONS = ClassName.get("io.jpaproto.convert", "AttributeConversions");
  private static final ClassName TEXT_CONVERSIONS = ClassName.get("io.jpaproto.convert", "TextConversions");
  private final Map<String, ClassName> enumMappers = new HashMap<>();
  private final Map<String, ClassName> messageMappers = new HashMap<>();

  /** The conversions of the types of {@code files}; enums and embeddables are looked up across all of them. */
  ValueConversions(List<ProtoFile> files) {
    for (ProtoFile file : files) {
      for (ProtoEnum protoEnum : file.enums()) {
        EnumType source = protoEnum.source();
        enumMappers.put(source.element().getQualifiedName().toString(),
            ClassName.get(source.javaPackage(), source.nestedName() + "ProtoMapper"));
      }
      for (ProtoMessage message : file.messages()) {
        EntityType source = message.entity();
        messageMappers.put(source.element().getQualifiedName().toString(), mapperClass(source));
      }
    }
  }

  /** The mapper class of an entity or embeddable. */
  static ClassName mapperClass(EntityType type) {
    return ClassName.get(type.javaPackage(), type.nestedName() + "ProtoMapper");
  }

  /**
   * One value converted.
   *
   * @param mapping the field's mapping
   * @param field the field name that conversion failures name
   * @param value the value to convert
   * @param toProto the direction
   * @param converters the field holding a converter instance, by converter binary name
   */
  CodeBlock convert(TypeMapping mapping, String field, CodeBlock value, boolean toProto,
      Function<String, FieldSpec> converters) {
    ProtoType protoType = mapping.protoType();
    Conversion conversion = mapping.conversion();
    if (conversion.kind() == Conversion.Kind.IDENTITY && protoType.kind() == ProtoType.Kind.JAVA_ENUM) {
      ClassName mapper = enumMappers.get(protoType.name());
      return toProto
          ? CodeBlock.of("$T.toProto($L)", mapper, value)
          : CodeBlock.of("$T.fromProto($L, $S)", mapper, value, field);
    }
    if (conversion.kind() == Conversion.Kind.IDENTITY && protoType.kind() == ProtoType.Kind.JAVA_MESSAGE) {
      ClassName mapper = messageMappers.get(protoType.name());
      return CodeBlock.of("$T.INSTANCE.$L($L)", mapper, toProto ? "toProto" : "fromProto", value);
    }
    return switch (conversion.kind()) {
      case IDENTITY -> value;
      case STATIC_METHODS -> CodeBlock.of("$T.$L($L, $S)", ClassName.bestGuess(conversion.owner()),
          toProto ? conversion.toProtoMethod() : conversion.fromProtoMethod(), value, field);
      case CONVERTER -> CodeBlock.of("$N.$L($L)", converters.apply(conversion.owner()),
          toProto ? "toProto" : "fromProto", value);
      case ATTRIBUTE_CONVERTER -> attributeConverter(mapping, field, value, toProto, converters);
      case ENUM_NAME -> toProto
          ? CodeBlock.of("$T.fromEnumName($L, $S)", TEXT_CONVERSIONS, value, field)
          : CodeBlock.of("$T.toEnumName($T.class, $L, $S)", TEXT_CONVERSIONS, ClassName.bestGuess(conversion.owner()),
              value, field);
    };
  }

  /**
   * Through the entity's JPA attribute converter, then the conversion of its database-side type: toward proto
   * {@code toColumn} first, from proto {@code toAttribute} last; both refuse null and name the field on failure.
   */
  private CodeBlock attributeConverter(TypeMapping mapping, String field, CodeBlock value, boolean toProto,
      Function<String, FieldSpec> converters) {
    Conversion conversion = mapping.conversion();
    TypeMapping databaseSide = new TypeMapping(mapping.protoType(), conversion.databaseSide(), mapping.origin());
    FieldSpec converter = converters.apply(conversion.owner());
    if (toProto) {
      return convert(databaseSide, field,
          CodeBlock.of("$T.toColumn($N, $L, $S)", ATTRIBUTE_CONVERSIONS, converter, value, field), true, converters);
    }
    CodeBlock attribute = CodeBlock.of("$T.toAttribute($N, $L, $S)", ATTRIBUTE_CONVERSIONS, converter,
        convert(databaseSide, field, value, false, converters), field);
    return conversion.fromProtoMethod() == null ? attribute
        : CodeBlock.of("($T) $L", ClassName.bestGuess(conversion.fromProtoMethod()), attribute);
  }

  /** The converter classes a mapping's generated code holds an instance of (its key's included). */
  static java.util.List<String> converterClasses(TypeMapping mapping) {
    java.util.List<String> classes = new java.util.ArrayList<>(mapping.conversion().converterClasses());
    if (mapping.key() != null) {
      classes.addAll(mapping.key().conversion().converterClasses());
    }
    return classes;
  }

  /**
   * A value converted from proto that must not be null, refused naming {@code field} when it is: an enum's
   * {@code _UNSPECIFIED} converts to null, which a required field, a collection element or a filter value cannot be.
   * Values of other types are returned as they are.
   */
  static CodeBlock refuseUnspecified(TypeMapping mapping, String field, CodeBlock converted) {
    return mapping.protoType().kind() == ProtoType.Kind.JAVA_ENUM
        ? CodeBlock.of("$T.required($L, $S)", PRESENCE, converted, field)
        : converted;
  }
}
