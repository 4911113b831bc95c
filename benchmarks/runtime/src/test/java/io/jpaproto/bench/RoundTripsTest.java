package io.jpaproto.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jpaproto.bench.model.Product;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Every benchmarked path must round-trip the fixture, so no benchmark measures a broken path. */
class RoundTripsTest {
  private final RoundTrips paths = new RoundTrips();

  @Test
  void everyPathRoundTripsTheFixture() {
    paths.verify();
  }

  @Test
  void eachPathOnItsOwn() throws Exception {
    Product expected = ProductFixture.create();
    assertEquals(java.util.List.of(),
        ProductComparison.differences(expected, paths.generatedFromBytes(paths.generatedToBytes(expected))));
    assertEquals(java.util.List.of(),
        ProductComparison.differences(expected, paths.handWrittenFromBytes(paths.handWrittenToBytes(expected))));
    assertEquals(java.util.List.of(),
        ProductComparison.differences(expected, paths.jacksonFromBytes(paths.jacksonToBytes(expected))));
    assertEquals(java.util.List.of(),
        ProductComparison.differences(expected, paths.reflectionFromBytes(paths.reflectionToBytes(expected))));
    assertArrayEquals(paths.generatedToBytes(expected), paths.handWrittenToBytes(expected));
    assertArrayEquals(paths.generatedToBytes(expected), paths.reflectionToBytes(expected));
  }

  @Test
  void comparisonSeesADifference() {
    Product changed = ProductFixture.create();
    changed.getTags().remove(0);
    changed.setPrice(new java.math.BigDecimal("1299.990"));
    assertEquals(2, ProductComparison.differences(ProductFixture.create(), changed).size());
  }

  @Test
  void jsonCarriesRelationsAsIds() {
    String json = new String(paths.jacksonToBytes(ProductFixture.create()), StandardCharsets.UTF_8);
    assertTrue(json.contains("\"manufacturerId\":17"), json);
    assertTrue(json.contains("\"categoryIds\":[3,12,58]"), json);
    assertTrue(json.contains("\"createdAt\":\"2024-03-18T09:41:27.512Z\""), json);
  }

  @Test
  void fixtureIsRealistic() {
    Product p = ProductFixture.create();
    assertTrue(p.getDescription().length() >= 55 && p.getDescription().length() <= 70, p.getDescription());
    assertEquals(5, p.getTags().size());
    assertEquals(3, p.getCategories().size());
  }
}
