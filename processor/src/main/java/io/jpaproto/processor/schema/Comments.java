package io.jpaproto.processor.schema;

import io.jpaproto.processor.model.Attribute;
import io.jpaproto.processor.model.EntityType;
import io.jpaproto.processor.model.EnumConstant;
import io.jpaproto.processor.model.EnumType;

/**
 * The leading comment of every generated element: the Javadoc where there is one, else a short factual sentence, so
 * that buf's COMMENTS rules pass with no exceptions. Generated sentences name proto elements only, never Java types.
 */
final class Comments {
  private Comments() {
  }

  static String message(EntityType entity, String messageName) {
    return entity.javadoc() != null ? entity.javadoc() : "A " + messageName + " record.";
  }

  static String field(Attribute attribute, String messageName, String fieldName) {
    return attribute.javadoc() != null ? attribute.javadoc() : "The " + fieldName + " of the " + messageName + ".";
  }

  static String enumType(EnumType type, String enumName) {
    return type.javadoc() != null ? type.javadoc() : "The values of " + enumName + ".";
  }

  static String unspecified(String enumName) {
    return "No " + enumName + " value is set.";
  }

  static String enumValue(EnumConstant constant, String enumName, String valueName) {
    return constant.javadoc() != null ? constant.javadoc() : "The " + enumName + " value " + valueName + ".";
  }
}
