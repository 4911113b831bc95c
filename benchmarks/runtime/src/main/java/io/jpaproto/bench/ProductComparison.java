package io.jpaproto.bench;

import io.jpaproto.bench.model.Category;
import io.jpaproto.bench.model.Manufacturer;
import io.jpaproto.bench.model.Product;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Compares two products attribute by attribute; relations are compared by the ids of their targets. */
public final class ProductComparison {
  private ProductComparison() {
  }

  /** The attributes in which the two products differ, empty when they hold the same state. */
  public static List<String> differences(Product expected, Product actual) {
    List<String> out = new ArrayList<>();
    check(out, "id", expected.getId(), actual.getId());
    check(out, "name", expected.getName(), actual.getName());
    check(out, "description", expected.getDescription(), actual.getDescription());
    // BigDecimal.equals also compares the scale, which every path must keep.
    check(out, "price", expected.getPrice(), actual.getPrice());
    check(out, "createdAt", expected.getCreatedAt(), actual.getCreatedAt());
    check(out, "releaseDate", expected.getReleaseDate(), actual.getReleaseDate());
    check(out, "status", expected.getStatus(), actual.getStatus());
    check(out, "dimensions", expected.getDimensions(), actual.getDimensions());
    check(out, "manufacturer", manufacturerId(expected.getManufacturer()), manufacturerId(actual.getManufacturer()));
    check(out, "categories", categoryIds(expected.getCategories()), categoryIds(actual.getCategories()));
    check(out, "tags", expected.getTags(), actual.getTags());
    check(out, "viewCount", expected.getViewCount(), actual.getViewCount());
    check(out, "sku", expected.getSku(), actual.getSku());
    check(out, "active", expected.isActive(), actual.isActive());
    check(out, "warranty", expected.getWarranty(), actual.getWarranty());
    check(out, "lastModified", expected.getLastModified(), actual.getLastModified());
    return out;
  }

  private static Object manufacturerId(Manufacturer m) {
    return m == null ? null : "Manufacturer#" + m.getId();
  }

  private static Object categoryIds(List<Category> categories) {
    if (categories == null) {
      return null;
    }
    List<Object> ids = new ArrayList<>();
    for (Category c : categories) {
      ids.add(c == null ? null : c.getId());
    }
    return ids;
  }

  private static void check(List<String> out, String attribute, Object expected, Object actual) {
    if (!Objects.equals(expected, actual)) {
      out.add(attribute + ": expected <" + expected + "> but was <" + actual + ">");
    }
  }
}
