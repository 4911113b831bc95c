package io.jpaproto;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Chooses how a relation ({@code @ManyToOne}, {@code @OneToOne}, {@code @OneToMany}, {@code @ManyToMany}) appears in
 * the schema. Without it, an owning side is published as the target's id ({@code author_id}) or ids
 * ({@code tag_ids}), and an inverse side ({@code mappedBy}) is left out.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface ProtoRelation {

  /** How the relation is published. */
  Style value();

  /** The ways a relation can appear in the schema. */
  enum Style {
    /** The target's id, or a repeated field of ids; reading it never loads the target. */
    IDS,
    /** Not at all. */
    OMIT
  }
}
