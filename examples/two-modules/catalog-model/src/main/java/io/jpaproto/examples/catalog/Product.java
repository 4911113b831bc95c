package io.jpaproto.examples.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Enumerated;
import jakarta.persistence.EnumType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;

/** A product in the catalog. */
@Entity
public class Product {
  /** The stock-keeping unit, the natural key. */
  @Id
  private String sku;

  /** The name shown to customers. */
  @Column(nullable = false)
  private String name;

  /** The unit price, exact. */
  private BigDecimal price;

  /** Whether it can be ordered. */
  @Enumerated(EnumType.STRING)
  private Availability availability;

  /** When the product was last changed. */
  private Instant updatedAt;

  public String getSku() {
    return sku;
  }

  public void setSku(String sku) {
    this.sku = sku;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public BigDecimal getPrice() {
    return price;
  }

  public void setPrice(BigDecimal price) {
    this.price = price;
  }

  public Availability getAvailability() {
    return availability;
  }

  public void setAvailability(Availability availability) {
    this.availability = availability;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public void setUpdatedAt(Instant updatedAt) {
    this.updatedAt = updatedAt;
  }
}
