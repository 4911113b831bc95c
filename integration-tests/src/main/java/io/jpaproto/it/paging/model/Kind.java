package io.jpaproto.it.paging.model;

/** A kind, stored by name in one column and by ordinal in another. */
public enum Kind {
  ALPHA,
  BETA,
  GAMMA
}
