package io.jpaproto.processor.model;

/** What kind of persistent attribute JPA sees, which decides how it becomes a field. */
public enum Shape {
  /** A basic value or an enum. */
  BASIC,
  /** An {@code @Embedded} or {@code @EmbeddedId} embeddable. */
  EMBEDDED,
  /** A {@code @ManyToOne} or {@code @OneToOne} reference. */
  TO_ONE,
  /** A {@code @OneToMany} or {@code @ManyToMany} collection of entities. */
  TO_MANY,
  /** An {@code @ElementCollection} of basics, enums or embeddables. */
  ELEMENT_COLLECTION,
  /** An {@code @ElementCollection} map. */
  MAP,
  /** Something jpaproto cannot map; the attribute's {@code unsupported} text says what. */
  UNSUPPORTED
}
