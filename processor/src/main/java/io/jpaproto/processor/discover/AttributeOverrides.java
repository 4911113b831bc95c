package io.jpaproto.processor.discover;

import io.jpaproto.processor.model.Attribute;
import io.jpaproto.processor.model.ColumnFacts;
import io.jpaproto.processor.model.EntityType;
import io.jpaproto.processor.model.Shape;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * {@code @AttributeOverride} and {@code @AssociationOverride}, the most specific mapping winning:
 * <ul>
 *   <li>on an entity or mapped superclass, they replace the column (or join columns) of attributes it inherits, so an
 *       inherited attribute's facts (nullability, length, precision, ...) are those of the lowest class that
 *       overrides it;</li>
 *   <li>on an {@code @Embedded} attribute or an {@code @ElementCollection} of embeddables, they replace the columns of
 *       the embeddable in that one use. An embeddable is one message for all its uses, so a part is optional in the
 *       message when any use lets its column be null.</li>
 * </ul>
 */
final class AttributeOverrides {
  static final String ATTRIBUTE_OVERRIDE = "jakarta.persistence.AttributeOverride";
  static final String ATTRIBUTE_OVERRIDES = "jakarta.persistence.AttributeOverrides";
  static final String ASSOCIATION_OVERRIDE = "jakarta.persistence.AssociationOverride";
  static final String ASSOCIATION_OVERRIDES = "jakarta.persistence.AssociationOverrides";

  /** The column facts of an attribute as a given {@code @Column} or list of {@code @JoinColumn}s describe it. */
  interface Facts {
    ColumnFacts of(Element element, AnnotationMirror column, List<AnnotationMirror> joinColumns);
  }

  private final Annotations annotations;
  private final Facts facts;

  AttributeOverrides(Annotations annotations, Facts facts) {
    this.annotations = annotations;
    this.facts = facts;
  }

  /** The attributes of an entity whose classes are {@code hierarchy} (topmost first), with inherited ones overridden. */
  List<Attribute> applyInherited(List<TypeElement> hierarchy, List<Attribute> attributes) {
    List<Attribute> result = new ArrayList<>(attributes.size());
    for (Attribute attribute : attributes) {
      int declared = hierarchy.indexOf(attribute.element().getEnclosingElement());
      Attribute overridden = attribute;
      for (int i = hierarchy.size() - 1; i > declared && overridden == attribute; i--) {
        TypeElement type = hierarchy.get(i);
        AnnotationMirror column = attributeOverrides(type).get(attribute.name());
        List<AnnotationMirror> joins = associationOverrides(type).get(attribute.name());
        if (column != null && attribute.shape() == Shape.BASIC) {
          overridden = attribute.withColumn(facts.of(attribute.element(), column, null));
        } else if (joins != null && attribute.shape() == Shape.TO_ONE && !joins.isEmpty()) {
          overridden = attribute.withColumn(facts.of(attribute.element(), null, joins));
        }
      }
      result.add(overridden);
    }
    return result;
  }

  /** The names of the parts whose column some of {@code uses} (of one embeddable) overrides with a nullable one. */
  TreeSet<String> nullableInSomeUse(List<Attribute> uses) {
    TreeSet<String> names = new TreeSet<>();
    for (Attribute use : uses) {
      for (Map.Entry<String, AnnotationMirror> override : attributeOverrides(use.element()).entrySet()) {
        if (annotations.bool(override.getValue(), "nullable")) {
          names.add(override.getKey());
        }
      }
    }
    return names;
  }

  /** The embeddable with the named parts nullable. */
  static EntityType relax(EntityType embeddable, TreeSet<String> nullable) {
    if (nullable.isEmpty()) {
      return embeddable;
    }
    List<Attribute> attributes = new ArrayList<>();
    for (Attribute attribute : embeddable.attributes()) {
      ColumnFacts c = attribute.column();
      attributes.add(nullable.contains(attribute.name()) && !c.nullable()
          ? attribute.withColumn(new ColumnFacts(true, c.length(), c.precision(), c.scale(), c.columnDefinition(),
              c.id(), c.generated(), c.version(), c.lob(), c.updatable(), true, c.assigned()))
          : attribute);
    }
    return new EntityType(embeddable.kind(), embeddable.isAbstract(), embeddable.isRecord(), embeddable.element(),
        embeddable.javaPackage(), embeddable.nestedName(), embeddable.requestedName(), List.copyOf(attributes),
        embeddable.javadoc(), embeddable.sharedColumns());
  }

  /** {@code @AttributeOverride}s on an element (one, or several in {@code @AttributeOverrides}): name to column. */
  Map<String, AnnotationMirror> attributeOverrides(Element element) {
    Map<String, AnnotationMirror> columns = new LinkedHashMap<>();
    for (AnnotationMirror override : repeated(element, ATTRIBUTE_OVERRIDE, ATTRIBUTE_OVERRIDES)) {
      columns.put(annotations.string(override, "name"),
          (AnnotationMirror) annotations.value(override, "column").getValue());
    }
    return columns;
  }

  /** {@code @AssociationOverride}s on an element: name to join columns. */
  private Map<String, List<AnnotationMirror>> associationOverrides(Element element) {
    Map<String, List<AnnotationMirror>> joins = new LinkedHashMap<>();
    for (AnnotationMirror override : repeated(element, ASSOCIATION_OVERRIDE, ASSOCIATION_OVERRIDES)) {
      joins.put(annotations.string(override, "name"), annotations.annotations(override, "joinColumns"));
    }
    return joins;
  }

  private List<AnnotationMirror> repeated(Element element, String single, String container) {
    List<AnnotationMirror> all = new ArrayList<>();
    AnnotationMirror one = annotations.mirror(element, single);
    if (one != null) {
      all.add(one);
    }
    AnnotationMirror several = annotations.mirror(element, container);
    if (several != null) {
      all.addAll(annotations.annotations(several, "value"));
    }
    return all;
  }
}
