package io.jpaproto.examples.spring.model;

/** The shelf a book is filed under. */
public enum Genre {
  /** Novels and short stories. */
  FICTION,
  /** Facts, essays and reference. */
  NON_FICTION,
  /** Poems. */
  POETRY,
  /** Books for children. */
  CHILDREN
}
