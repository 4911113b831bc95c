package io.jpaproto.processor.model;

import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A Java enum used by an entity attribute.
 *
 * @param element the enum
 * @param javaPackage the enum's Java package
 * @param nestedName the simple names from the top-level class down, joined without dots ({@code OrderStatus})
 * @param requestedName the {@code @ProtoMessage(name)} value, or empty
 * @param constants the constants in declaration order
 * @param javadoc cleaned Javadoc, or {@code null}
 */
public record EnumType(
    TypeElement element,
    String javaPackage,
    String nestedName,
    String requestedName,
    List<EnumConstant> constants,
    String javadoc) {
}
