package golden.store;

import golden.common.Money;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An order. */
@Entity
public class PurchaseOrder {
  @Id
  private UUID id;

  /** Who ordered; required. */
  @ManyToOne(optional = false)
  @JoinColumn(nullable = false)
  private Customer customer;

  /** Who sold it, if anyone. */
  @ManyToOne
  private Customer referrer;

  /** What it cost. */
  private Money total;

  /** Discounts applied, in order. */
  @ElementCollection
  private List<Money> discounts = new ArrayList<>();

  @ManyToMany
  private List<Category> categories = new ArrayList<>();

  /** The shipment, keyed by a composite id. */
  @ManyToOne
  private Shipment shipment;

  @Column(nullable = false)
  private OrderStatus status;

  public UUID getId() {
    return id;
  }

  public void setId(UUID id) {
    this.id = id;
  }

  public Customer getCustomer() {
    return customer;
  }

  public void setCustomer(Customer customer) {
    this.customer = customer;
  }

  public Customer getReferrer() {
    return referrer;
  }

  public void setReferrer(Customer referrer) {
    this.referrer = referrer;
  }

  public Money getTotal() {
    return total;
  }

  public void setTotal(Money total) {
    this.total = total;
  }

  public List<Money> getDiscounts() {
    return discounts;
  }

  public void setDiscounts(List<Money> discounts) {
    this.discounts = discounts;
  }

  public List<Category> getCategories() {
    return categories;
  }

  public void setCategories(List<Category> categories) {
    this.categories = categories;
  }

  public Shipment getShipment() {
    return shipment;
  }

  public void setShipment(Shipment shipment) {
    this.shipment = shipment;
  }

  public OrderStatus getStatus() {
    return status;
  }

  public void setStatus(OrderStatus status) {
    this.status = status;
  }

  /** Where an order is. */
  public enum OrderStatus {
    OPEN,
    PAID,
    SHIPPED
  }
}
