package io.jpaproto.bench.model;

/** Where a product is in its life cycle. */
public enum ProductStatus {
  DRAFT,
  ACTIVE,
  DISCONTINUED
}
