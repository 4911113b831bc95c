package io.jpaproto.processor.discover;

import io.jpaproto.processor.model.Attribute;
import io.jpaproto.processor.model.EntityType;
import io.jpaproto.processor.model.Shape;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The embedded and element-collection attributes of the types added so far, by the qualified name of the embeddable
 * each holds: what {@link EntityScanner#withUses} reads, indexed once rather than searched for every embeddable.
 */
public final class EmbeddedUses {
  private final Map<String, List<Attribute>> byEmbeddable = new HashMap<>();

  /** Adds the uses among {@code owner}'s attributes. */
  public void add(EntityType owner) {
    for (Attribute attribute : owner.attributes()) {
      if (attribute.shape() == Shape.EMBEDDED || attribute.shape() == Shape.ELEMENT_COLLECTION) {
        String embeddable = attribute.valueType().toString();
        List<Attribute> uses = byEmbeddable.get(embeddable);
        if (uses == null) {
          uses = new ArrayList<>();
          byEmbeddable.put(embeddable, uses);
        }
        uses.add(attribute);
      }
    }
  }

  /** The uses of the embeddable {@code qualifiedName} among the owners added so far, in the order they were added. */
  List<Attribute> of(String qualifiedName) {
    return byEmbeddable.getOrDefault(qualifiedName, List.of());
  }
}
