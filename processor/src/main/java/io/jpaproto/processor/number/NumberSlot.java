package io.jpaproto.processor.number;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * A field or enum value waiting for a number.
 *
 * @param element where diagnostics point
 * @param annotation the {@code @ProtoField} carrying a pinned number, or {@code null}
 * @param pinned the pinned number, or 0
 * @param description how diagnostics name it
 */
public record NumberSlot(Element element, AnnotationMirror annotation, int pinned, String description) {
}
