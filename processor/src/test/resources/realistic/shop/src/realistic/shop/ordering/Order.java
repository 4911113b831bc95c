package realistic.shop.ordering;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import realistic.shop.common.Address;
import realistic.shop.common.AuditedEntity;
import realistic.shop.common.Money;
import realistic.shop.customer.Customer;

/**
 * An order a customer placed. The lines and payments belong to the order and are written through it.
 */
@Entity
@Table(name = "orders")
public class Order extends AuditedEntity<Long> {

  /** The number printed on invoices, such as {@code 2024-000123}. */
  @Column(name = "order_number", nullable = false, unique = true, length = 20)
  private String orderNumber;

  /** Where the order is in its life. */
  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private OrderStatus status = OrderStatus.PENDING_PAYMENT;

  /** Who placed the order. */
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "customer_id", nullable = false)
  private Customer customer;

  /** The lines, by line number; owned by {@link OrderLine#getOrder()}. */
  @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id.lineNumber")
  private List<OrderLine> lines = new ArrayList<>();

  @OneToMany(mappedBy = "order")
  private List<Payment> payments = new ArrayList<>();

  /** What the customer pays, shipping and tax included. */
  @Embedded
  @AttributeOverrides({
      @AttributeOverride(name = "amount", column = @Column(name = "total_amount", nullable = false,
          precision = 19, scale = 4)),
      @AttributeOverride(name = "currency", column = @Column(name = "total_currency", nullable = false, length = 3))})
  private Money total;

  /** The address the parcel goes to, copied from the customer when the order is placed. */
  @Embedded
  @AttributeOverrides({
      @AttributeOverride(name = "street", column = @Column(name = "ship_street", nullable = false)),
      @AttributeOverride(name = "addressLine2", column = @Column(name = "ship_street2")),
      @AttributeOverride(name = "postalCode", column = @Column(name = "ship_postal_code", nullable = false)),
      @AttributeOverride(name = "city", column = @Column(name = "ship_city", nullable = false)),
      @AttributeOverride(name = "region", column = @Column(name = "ship_region")),
      @AttributeOverride(name = "countryCode", column = @Column(name = "ship_country_code", nullable = false))})
  private Address shipTo;

  /** When the customer confirmed the order; unset while in the checkout. */
  @Column(name = "placed_at")
  private Instant placedAt;

  @Column(name = "customer_note", length = 1000)
  private String customerNote;

  @Version
  private long version;

  public String getOrderNumber() {
    return orderNumber;
  }

  public void setOrderNumber(String orderNumber) {
    this.orderNumber = orderNumber;
  }

  public OrderStatus getStatus() {
    return status;
  }

  public void setStatus(OrderStatus status) {
    this.status = status;
  }

  public Customer getCustomer() {
    return customer;
  }

  public void setCustomer(Customer customer) {
    this.customer = customer;
  }

  public List<OrderLine> getLines() {
    return lines;
  }

  public List<Payment> getPayments() {
    return payments;
  }

  public Money getTotal() {
    return total;
  }

  public void setTotal(Money total) {
    this.total = total;
  }

  public Address getShipTo() {
    return shipTo;
  }

  public void setShipTo(Address shipTo) {
    this.shipTo = shipTo;
  }

  public Instant getPlacedAt() {
    return placedAt;
  }

  public void setPlacedAt(Instant placedAt) {
    this.placedAt = placedAt;
  }

  public String getCustomerNote() {
    return customerNote;
  }

  public void setCustomerNote(String customerNote) {
    this.customerNote = customerNote;
  }

  public long getVersion() {
    return version;
  }

  /** Adds a line with the next line number. */
  public OrderLine addLine(realistic.shop.catalog.Product product, int quantity, Money unitPrice) {
    OrderLine line = new OrderLine(this, lines.size() + 1, product, quantity, unitPrice);
    lines.add(line);
    return line;
  }
}
