package io.jpaproto.processor.model;

import javax.lang.model.element.AnnotationMirror;

/**
 * The values of a {@code @ProtoField} annotation; empty strings and 0 mean "not overridden".
 *
 * @param annotation the annotation, so diagnostics can point at it
 * @param number the pinned field number, or 0
 * @param name the requested proto name, or empty
 * @param type the requested proto type, or empty
 * @param typeImport the file defining {@code type}, or empty
 * @param converter the binary name of the converter class, or empty
 * @param allowBreakingChange the user accepts a change of type or presence against the remembered state
 */
public record FieldOverride(
    AnnotationMirror annotation, int number, String name, String type, String typeImport, String converter,
    boolean allowBreakingChange) {
}
