package io.jpaproto.processor.discover;

import io.jpaproto.processor.model.Attribute;
import io.jpaproto.processor.model.Shape;
import io.jpaproto.processor.model.SharedColumn;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Finds the attributes of an entity that JPA maps to one column, so that they become one proto field:
 * <ul>
 *   <li>a to-one relation and a basic attribute on the same join column, one of them read-only
 *       ({@code insertable = false, updatable = false}), as in {@code @ManyToOne @JoinColumn(name = "stage_id") Stage
 *       stage} beside {@code @Column(name = "stage_id", insertable = false, updatable = false) Long stageId};</li>
 *   <li>a {@code @MapsId} relation and the {@code @Id} it maps (or the part of the {@code @EmbeddedId} named by
 *       {@code @MapsId("part")});</li>
 *   <li>a read-only relation whose join column is a column of the {@code @EmbeddedId}.</li>
 * </ul>
 * Column names compare as JPA providers' naming strategies make them: case and quotes do not matter, and
 * {@code stageId} is the column {@code stage_id}. A join column without a name is {@code <relation>_<target id
 * column>}, as JPA defaults it.
 */
final class SharedColumns {
  private static final String JOIN_COLUMN = "jakarta.persistence.JoinColumn";
  private static final String MAPS_ID = "jakarta.persistence.MapsId";

  private final Annotations annotations;
  private final Function<TypeElement, List<TypeElement>> hierarchy;
  private final Function<TypeElement, List<Attribute>> embeddableAttributes;

  /**
   * @param hierarchy the persistent hierarchy of an entity, topmost first
   * @param embeddableAttributes the attributes of an embeddable
   */
  SharedColumns(Annotations annotations, Function<TypeElement, List<TypeElement>> hierarchy,
      Function<TypeElement, List<Attribute>> embeddableAttributes) {
    this.annotations = annotations;
    this.hierarchy = hierarchy;
    this.embeddableAttributes = embeddableAttributes;
  }

  /** The shared columns among an entity's attributes; every attribute is in at most one. */
  List<SharedColumn> find(List<Attribute> attributes) {
    List<SharedColumn> shared = new ArrayList<>();
    Set<Attribute> used = new HashSet<>();
    for (Attribute relation : attributes) {
      if (relation.shape() != Shape.TO_ONE || relation.omitted()) {
        continue;
      }
      AnnotationMirror mapsId = annotations.mirror(relation.element(), MAPS_ID);
      if (mapsId != null) {
        SharedColumn derived = mapsId(relation, annotations.string(mapsId, "value"), attributes);
        if (derived != null && used.add(derived.kept()) && used.add(relation)) {
          shared.add(derived);
        }
        continue;
      }
      AnnotationMirror join = annotations.mirror(relation.element(), JOIN_COLUMN);
      String joinColumn = join != null && !annotations.string(join, "name").isEmpty()
          ? annotations.string(join, "name")
          : relation.name() + "_" + targetIdColumn(relation.type());
      boolean relationReadOnly = join != null && readOnly(join);
      if (relationReadOnly) {
        SharedColumn inKey = embeddedIdPart(relation, joinColumn, attributes);
        if (inKey != null && !used.contains(inKey.kept())) {
          shared.add(inKey);
          used.add(relation);
          continue;
        }
      }
      for (Attribute basic : attributes) {
        if (basic.shape() != Shape.BASIC || used.contains(basic)) {
          continue;
        }
        AnnotationMirror column = annotations.mirror(basic.element(), Annotations.COLUMN);
        String basicColumn = column != null && !annotations.string(column, "name").isEmpty()
            ? annotations.string(column, "name")
            : basic.name();
        boolean basicReadOnly = column != null && readOnly(column);
        if (relationReadOnly != basicReadOnly && normalized(joinColumn).equals(normalized(basicColumn))) {
          Attribute writable = relationReadOnly ? basic : relation;
          Attribute readOnly = relationReadOnly ? relation : basic;
          shared.add(new SharedColumn(SharedColumn.Kind.READ_ONLY_TWIN, writable, readOnly, joinColumn, null));
          used.add(basic);
          used.add(relation);
          break;
        }
      }
    }
    return List.copyOf(shared);
  }

  /** {@code @MapsId}: the single {@code @Id}, or the named part of the {@code @EmbeddedId}. */
  private SharedColumn mapsId(Attribute relation, String part, List<Attribute> attributes) {
    for (Attribute id : attributes) {
      if (part.isEmpty() && id.column().id() && id.shape() == Shape.BASIC) {
        return new SharedColumn(SharedColumn.Kind.MAPS_ID, id, relation, id.name(), null);
      }
      if (!part.isEmpty() && annotations.present(id.element(), Annotations.EMBEDDED_ID)
          && id.type() instanceof DeclaredType declared) {
        for (Attribute inner : embeddableAttributes.apply((TypeElement) declared.asElement())) {
          if (inner.name().equals(part) && inner.reader() != null) {
            return new SharedColumn(SharedColumn.Kind.MAPS_ID, id, relation, id.name() + "." + part, inner);
          }
        }
      }
    }
    return null;
  }

  /**
   * A read-only relation whose join column is a column of the {@code @EmbeddedId} (the JPA 1 way of a derived
   * identity): the key holds the value, the relation only reads it.
   */
  private SharedColumn embeddedIdPart(Attribute relation, String joinColumn, List<Attribute> attributes) {
    for (Attribute id : attributes) {
      if (annotations.present(id.element(), Annotations.EMBEDDED_ID) && id.type() instanceof DeclaredType declared) {
        for (Attribute inner : embeddableAttributes.apply((TypeElement) declared.asElement())) {
          AnnotationMirror column = annotations.mirror(inner.element(), Annotations.COLUMN);
          String name = column != null && !annotations.string(column, "name").isEmpty()
              ? annotations.string(column, "name")
              : inner.name();
          if (normalized(name).equals(normalized(joinColumn))) {
            return new SharedColumn(SharedColumn.Kind.READ_ONLY_TWIN, id, relation, joinColumn, inner);
          }
        }
      }
    }
    return null;
  }

  private boolean readOnly(AnnotationMirror column) {
    return !annotations.bool(column, "insertable") && !annotations.bool(column, "updatable");
  }

  /** The column of the target's {@code @Id}: its {@code @Column(name)}, else the attribute name. */
  private String targetIdColumn(TypeMirror target) {
    if (!(target instanceof DeclaredType declared)) {
      return "id";
    }
    for (TypeElement type : hierarchy.apply((TypeElement) declared.asElement())) {
      for (Element member : type.getEnclosedElements()) {
        if (annotations.present(member, Annotations.ID)) {
          AnnotationMirror column = annotations.mirror(member, Annotations.COLUMN);
          if (column != null && !annotations.string(column, "name").isEmpty()) {
            return annotations.string(column, "name");
          }
          String name = member.getSimpleName().toString();
          if (member.getKind() == ElementKind.METHOD && name.startsWith("get") && name.length() > 3) {
            return Character.toLowerCase(name.charAt(3)) + name.substring(4);
          }
          return name;
        }
      }
    }
    return "id";
  }

  /** {@code "Stage_ID"}, {@code stageId} and {@code stage_id} are all {@code stage_id}. */
  static String normalized(String column) {
    String bare = column.replace("\"", "").replace("`", "").trim();
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < bare.length(); i++) {
      char c = bare.charAt(i);
      if (Character.isUpperCase(c) && i > 0 && !Character.isUpperCase(bare.charAt(i - 1))
          && bare.charAt(i - 1) != '_') {
        out.append('_');
      }
      out.append(c);
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
