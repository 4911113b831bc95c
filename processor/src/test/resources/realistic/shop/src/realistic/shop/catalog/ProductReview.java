package realistic.shop.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import realistic.shop.customer.Customer;
import realistic.shop.ordering.Order;

/**
 * A customer's review of a product. A review written after buying the product links the order it was bought with
 * ("verified purchase"): the catalog refers back to the ordering package, by id only.
 */
@Entity
@Table(name = "product_review")
public class ProductReview {

  @Id
  @GeneratedValue
  private Long id;

  /** The product reviewed. */
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "product_id", nullable = false)
  private Product product;

  /** Who wrote the review. */
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "author_id", nullable = false)
  private Customer author;

  /** The order the author bought the product with, if any. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "verified_order_id")
  private Order verifiedPurchase;

  /** One to five stars. */
  @Column(nullable = false)
  private short rating;

  @Column(length = 200)
  private String headline;

  @Column(length = 4000)
  private String body;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  public Long getId() {
    return id;
  }

  public Product getProduct() {
    return product;
  }

  public void setProduct(Product product) {
    this.product = product;
  }

  public Customer getAuthor() {
    return author;
  }

  public void setAuthor(Customer author) {
    this.author = author;
  }

  public Order getVerifiedPurchase() {
    return verifiedPurchase;
  }

  public void setVerifiedPurchase(Order verifiedPurchase) {
    this.verifiedPurchase = verifiedPurchase;
  }

  public short getRating() {
    return rating;
  }

  public void setRating(short rating) {
    this.rating = rating;
  }

  public String getHeadline() {
    return headline;
  }

  public void setHeadline(String headline) {
    this.headline = headline;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public void setCreatedAt(Instant createdAt) {
    this.createdAt = createdAt;
  }
}
