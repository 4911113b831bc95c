package io.jpaproto.processor.types;

import io.jpaproto.processor.discover.Annotations;
import io.jpaproto.processor.model.Attribute;
import io.jpaproto.processor.model.FieldOverride;
import io.jpaproto.processor.report.Diagnostic;
import io.jpaproto.processor.report.Reporter;
import javax.lang.model.element.ElementKind;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;

/**
 * Decides the proto type of each attribute: a {@code @ProtoField} override first, then the table. Reports an error on
 * the attribute where no decision is possible.
 */
public final class AttributeTypeMapper {
  private final TypeMappingTable table;
  private final Reporter reporter;

  public AttributeTypeMapper(TypeMappingTable table, Reporter reporter) {
    this.table = table;
    this.reporter = reporter;
  }

  /** The mapping of an attribute, or {@code null} after reporting why there is none. */
  public TypeMapping map(Attribute attribute) {
    if (attribute.relation() != null) {
      reporter.report(Diagnostic.UNSUPPORTED_RELATION, attribute.element(), attribute.describe(), attribute.relation());
      return null;
    }
    FieldOverride override = attribute.override();
    if (override != null && override.converter().equals(Annotations.UNRESOLVED)) {
      return null;
    }
    boolean isEnum = isEnum(attribute);
    if (override != null && !override.type().isEmpty()) {
      return mapOverride(attribute, override);
    }
    TypeRule rule = table.find(attribute.typeName(), isEnum, attribute.column());
    if (rule == null) {
      reporter.report(Diagnostic.UNSUPPORTED_TYPE, attribute.element(),
          attribute.describe(), attribute.typeName(), attribute.typeName());
      return null;
    }
    ProtoType protoType = rule.protoType() != null ? rule.protoType() : ProtoType.javaEnum(attribute.typeName());
    String origin = rule.origin() + (rule.describeConditions().isEmpty() ? "" : " when " + rule.describeConditions());
    if (override != null && !override.converter().isEmpty()) {
      return new TypeMapping(protoType, Conversion.converter(override.converter()), "@ProtoField converter");
    }
    return new TypeMapping(protoType, rule.conversion(), origin);
  }

  private TypeMapping mapOverride(Attribute attribute, FieldOverride override) {
    ProtoType protoType = ProtoType.resolve(override.type(), override.typeImport());
    if (protoType == null) {
      reporter.report(Diagnostic.UNKNOWN_PROTO_TYPE, attribute.element(), override.annotation(),
          attribute.describe(), override.type());
      return null;
    }
    if (!override.converter().isEmpty()) {
      return new TypeMapping(protoType, Conversion.converter(override.converter()), "@ProtoField");
    }
    Conversion conversion = TypeMappingTable.builtInConversion(attribute.typeName(), protoType);
    if (conversion == null) {
      reporter.report(Diagnostic.MISSING_CONVERSION, attribute.element(), override.annotation(),
          attribute.describe(), attribute.typeName(), protoType.name(), attribute.typeName());
      return null;
    }
    return new TypeMapping(protoType, conversion, "@ProtoField");
  }

  private static boolean isEnum(Attribute attribute) {
    return attribute.type().getKind() == TypeKind.DECLARED
        && ((DeclaredType) attribute.type()).asElement().getKind() == ElementKind.ENUM;
  }
}
