package io.jpaproto.examples.catalog.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jpaproto.examples.catalog.Availability;
import io.jpaproto.examples.catalog.Product;
import io.jpaproto.examples.catalog.ProductProtoMapper;
import io.jpaproto.examples.catalog.api.Product.Builder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The mapper generated in this module converts the model module's entities to the messages compiled here. */
class ProductViewsTest {

  @Test
  void entitiesFromTheModelJarBecomeMessagesCompiledFromItsProtos() throws Exception {
    Product product = new Product();
    product.setSku("SKU-1");
    product.setName("Teapot");
    product.setPrice(new BigDecimal("19.90"));
    product.setAvailability(Availability.BACKORDER);
    product.setUpdatedAt(Instant.parse("2026-11-28T10:15:30.000000001Z"));

    io.jpaproto.examples.catalog.api.Product message = ProductViews.toMessages(List.of(product)).get(0);
    assertEquals("19.90", message.getPrice());
    assertEquals(io.jpaproto.examples.catalog.api.Availability.AVAILABILITY_BACKORDER, message.getAvailability());

    Product back = ProductProtoMapper.INSTANCE.fromProto(
        io.jpaproto.examples.catalog.api.Product.parseFrom(message.toByteArray()));
    assertEquals("SKU-1", back.getSku());
    assertEquals(new BigDecimal("19.90"), back.getPrice());
    assertEquals(product.getUpdatedAt(), back.getUpdatedAt());
  }

  @Test
  void theApiModuleWritesNoProtoOfItsOwn() {
    assertFalse(getClass().getResource("/catalog/v1/catalog.proto").getPath().contains("catalog-api"),
        "the proto on the class path is the model jar's");
    Builder unused = io.jpaproto.examples.catalog.api.Product.newBuilder();
    assertEquals("", unused.getSku());
  }

  /**
   * Only the model jar's own protos are compiled here: the files they import (well-known types, google/type,
   * buf/validate) keep the classes of the jars that ship them, never a second copy compiled into this module.
   */
  @Test
  void importedProtosKeepTheClassesOfTheirOwnJars() {
    for (Class<?> imported : List.of(com.google.protobuf.Timestamp.class, com.google.type.Date.class,
        build.buf.validate.ValidateProto.class)) {
      String location = imported.getProtectionDomain().getCodeSource().getLocation().getPath();
      assertTrue(location.endsWith(".jar"), imported.getName() + " was compiled into this module: " + location);
      assertFalse(location.contains("catalog-api"), imported.getName() + " comes from " + location);
    }
  }
}
