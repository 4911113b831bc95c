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

/** A product of the catalogue: the entity every benchmark maps. */
@Entity
public class Product {
  /** The catalogue id; assigned by the catalogue, not generated, so it round-trips. */
  @Id
  private Long id;

  /** The name shown in listings. */
  @Column(nullable = false)
  private String name;

  /** Marketing text. */
  @Column(length = 2000)
  private String description;

  /** The list price. */
  @Column(precision = 12, scale = 2)
  private BigDecimal price;

  /** When the product was added to the catalogue. */
  private Instant createdAt;

  /** The day the product goes on sale. */
  private LocalDate releaseDate;

  /** Where the product is in its life cycle. */
  @Enumerated(EnumType.STRING)
  private ProductStatus status;

  /** The packed size and weight. */
  @Embedded
  private Dimensions dimensions;

  /** Who makes the product. */
  @ManyToOne(fetch = FetchType.LAZY)
  private Manufacturer manufacturer;

  /** The categories the product is listed under. */
  @ManyToMany
  @JoinTable(name = "product_category")
  private List<Category> categories;

  /** Search tags. */
  @ElementCollection
  @CollectionTable(name = "product_tag")
  @Column(name = "tag")
  private List<String> tags;

  /** How often the product page was viewed; can exceed 2^31. */
  @Column(columnDefinition = "BIGINT")
  private long viewCount;

  /** The stock keeping unit shared with warehouses. */
  @Column(nullable = false, unique = true)
  private UUID sku;

  /** Whether the product can be ordered. */
  private boolean active;

  /** How long the warranty lasts. */
  private Duration warranty;

  /** When the product was last edited, in the shop's local time. */
  private LocalDateTime lastModified;

  public Product() {
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public BigDecimal getPrice() {
    return price;
  }

  public void setPrice(BigDecimal price) {
    this.price = price;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public void setCreatedAt(Instant createdAt) {
    this.createdAt = createdAt;
  }

  public LocalDate getReleaseDate() {
    return releaseDate;
  }

  public void setReleaseDate(LocalDate releaseDate) {
    this.releaseDate = releaseDate;
  }

  public ProductStatus getStatus() {
    return status;
  }

  public void setStatus(ProductStatus status) {
    this.status = status;
  }

  public Dimensions getDimensions() {
    return dimensions;
  }

  public void setDimensions(Dimensions dimensions) {
    this.dimensions = dimensions;
  }

  public Manufacturer getManufacturer() {
    return manufacturer;
  }

  public void setManufacturer(Manufacturer manufacturer) {
    this.manufacturer = manufacturer;
  }

  public List<Category> getCategories() {
    return categories;
  }

  public void setCategories(List<Category> categories) {
    this.categories = categories;
  }

  public List<String> getTags() {
    return tags;
  }

  public void setTags(List<String> tags) {
    this.tags = tags;
  }

  public long getViewCount() {
    return viewCount;
  }

  public void setViewCount(long viewCount) {
    this.viewCount = viewCount;
  }

  public UUID getSku() {
    return sku;
  }

  public void setSku(UUID sku) {
    this.sku = sku;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public Duration getWarranty() {
    return warranty;
  }

  public void setWarranty(Duration warranty) {
    this.warranty = warranty;
  }

  public LocalDateTime getLastModified() {
    return lastModified;
  }

  public void setLastModified(LocalDateTime lastModified) {
    this.lastModified = lastModified;
  }
}
