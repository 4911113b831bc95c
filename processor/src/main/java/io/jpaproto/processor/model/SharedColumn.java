package io.jpaproto.processor.model;

/**
 * Two persistent attributes of one entity that JPA maps to the same column, which become one proto field: a to-one
 * relation beside a read-only basic attribute on its join column (or a read-only relation beside a writable basic),
 * or a {@code @MapsId} relation beside the id it maps.
 *
 * @param kind which of the two idioms it is
 * @param kept the attribute the proto field is generated from: the writable one of a twin pair, the id for
 *     {@code @MapsId}
 * @param folded the other attribute, which gets no field of its own
 * @param column the shared column's name as the mapping gives it, for messages
 * @param idPart the attribute of the {@code @EmbeddedId}'s embeddable whose column the relation shares
 *     ({@code @MapsId("attribute")}, or a read-only relation on a key column), else {@code null}
 */
public record SharedColumn(Kind kind, Attribute kept, Attribute folded, String column, Attribute idPart) {

  /** The two idioms. */
  public enum Kind {
    /** A relation and a basic attribute on one join column, one of them {@code insertable = false, updatable = false}. */
    READ_ONLY_TWIN,
    /** A {@code @MapsId} relation: the id (or a part of the embedded id) is the relation's target id. */
    MAPS_ID
  }

  /**
   * Whether writing the field also writes the folded attribute: a {@code @MapsId} relation (the provider needs it to
   * derive the id) and a read-only basic twin (kept equal to what the database will hold).
   */
  public boolean writesFolded() {
    return folded.writer() != null && (kind == Kind.MAPS_ID || !folded.isRelation());
  }
}
