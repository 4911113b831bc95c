package realistic.shop.ordering;

/** Where an order is in its life. */
public enum OrderStatus {
  /** In the checkout, not yet paid. */
  PENDING_PAYMENT,
  PAID,
  SHIPPED,
  DELIVERED,
  CANCELLED,
  REFUNDED
}
