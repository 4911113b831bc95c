package io.jpaproto.examples.catalog.service;

import io.jpaproto.examples.catalog.Product;
import io.jpaproto.examples.catalog.ProductProtoMapper;
import java.util.List;

/** Turns products into messages for an API response, through the generated mapper. */
public final class ProductViews {
  private ProductViews() {
  }

  /** The messages of {@code products}, in order. */
  public static List<io.jpaproto.examples.catalog.api.Product> toMessages(List<Product> products) {
    return products.stream().map(ProductProtoMapper.INSTANCE::toProto).toList();
  }
}
