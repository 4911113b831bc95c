package realistic.shop.ordering;

/** The state of one payment attempt. */
public enum PaymentStatus {
  INITIATED,
  AUTHORIZED,
  CAPTURED,
  FAILED,
  REFUNDED
}
