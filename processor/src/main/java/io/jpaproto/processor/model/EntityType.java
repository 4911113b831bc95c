package io.jpaproto.processor.model;

import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * An {@code @Entity} class with the persistent attributes of its whole hierarchy, superclass attributes first.
 *
 * @param element the entity class
 * @param javaPackage the entity's Java package
 * @param nestedName the simple names from the top-level class down, joined without dots ({@code OrderLine})
 * @param requestedName the {@code @ProtoMessage(name)} value, or empty
 * @param attributes persistent attributes in JPA order, superclass attributes first
 * @param javadoc cleaned Javadoc, or {@code null}
 */
public record EntityType(
    TypeElement element,
    String javaPackage,
    String nestedName,
    String requestedName,
    List<Attribute> attributes,
    String javadoc) {
}
