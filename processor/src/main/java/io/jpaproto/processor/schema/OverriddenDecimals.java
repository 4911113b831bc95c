package io.jpaproto.processor.schema;

import io.jpaproto.processor.discover.Annotations;
import io.jpaproto.processor.discover.EntityScanner;
import io.jpaproto.processor.model.Attribute;
import io.jpaproto.processor.model.ColumnFacts;
import io.jpaproto.processor.model.EntityType;
import io.jpaproto.processor.report.Diagnostic;
import io.jpaproto.processor.report.Reporter;
import javax.lang.model.element.AnnotationMirror;

/**
 * Warns where an {@code @AttributeOverride} gives an embeddable's decimal part a narrower column than the embeddable
 * declares. One generated mapper serves every use of an embeddable, so it checks values against the embeddable's own
 * {@code @Column(precision, scale)}; an override's {@code @Column} replaces that column entirely (JPA), and one
 * without {@code precision} is Hibernate's {@code numeric(38,2)}. A value the mapper accepts would then be rounded
 * (fewer decimals) or refused (fewer integer digits) by the database, silently in the first case.
 */
final class OverriddenDecimals {
  private final EntityScanner scanner;
  private final Reporter reporter;

  OverriddenDecimals(EntityScanner scanner, Reporter reporter) {
    this.scanner = scanner;
    this.reporter = reporter;
  }

  /** Checks the overrides of {@code embedded}, an attribute that embeds {@code embeddable}. */
  void check(Attribute embedded, EntityType embeddable) {
    for (Attribute part : embeddable.attributes()) {
      if (!part.typeName().equals("java.math.BigDecimal") || !part.column().columnDefinition().isEmpty()) {
        continue;
      }
      ColumnFacts override = scanner.overriddenColumn(embedded, part);
      if (override == null || !override.columnDefinition().isEmpty()) {
        continue;
      }
      ColumnFacts own = part.column();
      if (override.decimalScale() < own.decimalScale()
          || override.numericPrecision() - override.decimalScale() < own.numericPrecision() - own.decimalScale()) {
        reporter.report(Diagnostic.OVERRIDE_NARROWS_DECIMAL, embedded.element(), overrideAnnotation(embedded),
            embedded.describe(), embeddable.element().getSimpleName(), part.name(), declared(override),
            override.numericPrecision(), override.decimalScale(), own.numericPrecision(), own.decimalScale(),
            own.numericPrecision(), own.decimalScale());
      }
    }
  }

  /** The {@code @AttributeOverride} (or its {@code @AttributeOverrides} container) on the attribute. */
  private static AnnotationMirror overrideAnnotation(Attribute embedded) {
    AnnotationMirror single =
        Annotations.find(embedded.element(), "jakarta.persistence.AttributeOverride");
    return single != null ? single : Annotations.find(embedded.element(), "jakarta.persistence.AttributeOverrides");
  }

  private static String declared(ColumnFacts column) {
    return column.precision() == 0 ? "no precision" : "precision = " + column.precision() + ", scale = "
        + column.scale();
  }
}
