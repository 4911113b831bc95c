package io.jpaproto.bench;

import io.jpaproto.bench.model.Category;
import io.jpaproto.bench.model.Dimensions;
import io.jpaproto.bench.model.Manufacturer;
import io.jpaproto.bench.model.PrivateProduct;
import io.jpaproto.bench.model.Product;
import io.jpaproto.bench.model.ProductStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The one product every benchmark maps: fixed, realistic values in every attribute. */
public final class ProductFixture {
  /** A 63-character description. */
  public static final String DESCRIPTION = "Ultralight 14-inch laptop, matte 2.8K screen, 20 h battery life";

  private ProductFixture() {
  }

  /** A new product with every attribute set; relations are detached instances that hold only their ids. */
  public static Product create() {
    Product p = new Product();
    p.setId(4_711L);
    p.setName("Aurora 14 Ultralight");
    p.setDescription(DESCRIPTION);
    p.setPrice(new BigDecimal("1299.99"));
    p.setCreatedAt(Instant.parse("2024-03-18T09:41:27.512Z"));
    p.setReleaseDate(LocalDate.of(2024, 4, 2));
    p.setStatus(ProductStatus.ACTIVE);
    p.setDimensions(new Dimensions(312, 221, 16, 1.19));
    p.setManufacturer(new Manufacturer(17L));
    p.setCategories(new ArrayList<>(List.of(new Category(3L), new Category(12L), new Category(58L))));
    p.setTags(new ArrayList<>(List.of("laptop", "ultralight", "14-inch", "oled", "business")));
    p.setViewCount(3_456_789_012L);
    p.setSku(UUID.fromString("3f2b8c9e-7d41-4a6b-9c2e-5b8f1d0a7e63"));
    p.setActive(true);
    p.setWarranty(Duration.ofDays(730));
    p.setLastModified(LocalDateTime.of(2024, 5, 6, 14, 30, 15, 250_000_000));
    return p;
  }

  /** The same product as {@link #create}, as a {@link PrivateProduct} (private fields, no accessors). */
  public static PrivateProduct createPrivate() {
    Product p = create();
    return new PrivateProduct(p.getId(), p.getName(), p.getDescription(), p.getPrice(), p.getCreatedAt(),
        p.getReleaseDate(), p.getStatus(), p.getDimensions(), p.getManufacturer(), p.getCategories(), p.getTags(),
        p.getViewCount(), p.getSku(), p.isActive(), p.getWarranty(), p.getLastModified());
  }
}
