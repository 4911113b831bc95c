package realistic.shop.ordering;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;
import realistic.shop.catalog.Product;
import realistic.shop.common.Money;

/**
 * One line of an order: a product, how many, and at what price.
 */
@Entity
@Table(name = "order_line")
public class OrderLine {

  /** The order and the line number. */
  @EmbeddedId
  private OrderLineId id;

  /** The order; shares its id with {@link #id}. */
  @MapsId("orderId")
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "order_id")
  private Order order;

  /** What was ordered. */
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "product_id", nullable = false)
  private Product product;

  @Column(nullable = false)
  private int quantity;

  /** The price of one unit when the order was placed. */
  @Embedded
  @AttributeOverrides({
      @AttributeOverride(name = "amount", column = @Column(name = "unit_price_amount", nullable = false,
          precision = 19, scale = 4)),
      @AttributeOverride(name = "currency", column = @Column(name = "unit_price_currency", nullable = false,
          length = 3))})
  private Money unitPrice;

  /** {@link #unitPrice} times {@link #quantity}, less line discounts. */
  @Embedded
  @AttributeOverrides({
      @AttributeOverride(name = "amount", column = @Column(name = "line_total_amount", nullable = false,
          precision = 19, scale = 4)),
      @AttributeOverride(name = "currency", column = @Column(name = "line_total_currency", nullable = false,
          length = 3))})
  private Money lineTotal;

  /** For the persistence provider. */
  protected OrderLine() {
  }

  OrderLine(Order order, int lineNumber, Product product, int quantity, Money unitPrice) {
    this.id = new OrderLineId(order.getId() == null ? 0L : order.getId(), lineNumber);
    this.order = order;
    this.product = product;
    this.quantity = quantity;
    this.unitPrice = unitPrice;
    this.lineTotal = unitPrice.times(quantity);
  }

  public OrderLineId getId() {
    return id;
  }

  public void setId(OrderLineId id) {
    this.id = id;
  }

  public Order getOrder() {
    return order;
  }

  public void setOrder(Order order) {
    this.order = order;
  }

  public Product getProduct() {
    return product;
  }

  public void setProduct(Product product) {
    this.product = product;
  }

  public int getQuantity() {
    return quantity;
  }

  public void setQuantity(int quantity) {
    this.quantity = quantity;
  }

  public Money getUnitPrice() {
    return unitPrice;
  }

  public void setUnitPrice(Money unitPrice) {
    this.unitPrice = unitPrice;
  }

  public Money getLineTotal() {
    return lineTotal;
  }

  public void setLineTotal(Money lineTotal) {
    this.lineTotal = lineTotal;
  }
}
