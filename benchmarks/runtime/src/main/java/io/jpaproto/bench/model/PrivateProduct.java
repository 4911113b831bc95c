package io.jpaproto.bench.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * {@link Product} in the domain-driven style: the same attributes in the same order, but private fields with no getters
 * or setters and a protected no-argument constructor, so its generated mapper reaches the fields through VarHandles.
 */
@Entity
public class PrivateProduct {
  /** The catalogue id; assigned by the catalogue, not generated, so it round-trips. */
  @Id
  private Long id;

  /** The name shown in listings. */
  @Column(nullable = false)
  private String name;

  /** The long description of the product page. */
  @Column(length = 2000)
  private String description;

  /** The list price. */
  @Column(precision = 12, scale = 2)
  private BigDecimal price;

  /** When the product was created. */
  private Instant createdAt;

  /** The day the product went on sale. */
  private LocalDate releaseDate;

  /** Whether it can be ordered. */
  @Enumerated(EnumType.STRING)
  private ProductStatus status;

  /** The size and weight of the package. */
  @Embedded
  private Dimensions dimensions;

  /** Who makes it. */
  @ManyToOne(fetch = FetchType.LAZY)
  private Manufacturer manufacturer;

  /** Where it is listed. */
  @ManyToMany
  @JoinTable(name = "private_product_category")
  private List<Category> categories;

  /** Search tags. */
  @ElementCollection
  @CollectionTable(name = "private_product_tag")
  @Column(name = "tag")
  private List<String> tags;

  /** How often the page was viewed. */
  @Column(columnDefinition = "BIGINT")
  private long viewCount;

  /** The stock-keeping unit. */
  @Column(nullable = false, unique = true)
  private UUID sku;

  /** Whether it is listed. */
  private boolean active;

  /** The warranty period. */
  private Duration warranty;

  /** When it last changed, in the catalogue's local time. */
  private LocalDateTime lastModified;

  /** For JPA and the generated mapper. */
  protected PrivateProduct() {
  }

  /** A product with every attribute given. */
  @SuppressWarnings("checkstyle:ParameterNumber")
  public PrivateProduct(Long id, String name, String description, BigDecimal price, Instant createdAt,
      LocalDate releaseDate, ProductStatus status, Dimensions dimensions, Manufacturer manufacturer,
      List<Category> categories, List<String> tags, long viewCount, UUID sku, boolean active, Duration warranty,
      LocalDateTime lastModified) {
    this.id = id;
    this.name = name;
    this.description = description;
    this.price = price;
    this.createdAt = createdAt;
    this.releaseDate = releaseDate;
    this.status = status;
    this.dimensions = dimensions;
    this.manufacturer = manufacturer;
    this.categories = categories;
    this.tags = tags;
    this.viewCount = viewCount;
    this.sku = sku;
    this.active = active;
    this.warranty = warranty;
    this.lastModified = lastModified;
  }
}
