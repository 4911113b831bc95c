package io.jpaproto.examples.catalog;

/** Whether a product can be ordered. */
public enum Availability {
  /** Ships today. */
  IN_STOCK,
  /** Can be ordered; ships later. */
  BACKORDER,
  /** No longer sold. */
  DISCONTINUED
}
