package io.jpaproto.processor.model;

import javax.lang.model.element.VariableElement;

/**
 * One constant of a Java enum.
 *
 * @param element the constant
 * @param name the Java name
 * @param override the {@code @ProtoField} values on the constant, or {@code null}
 * @param javadoc cleaned Javadoc, or {@code null}
 */
public record EnumConstant(VariableElement element, String name, FieldOverride override, String javadoc) {
}
