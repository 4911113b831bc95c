package realistic.shop.customer;

/** A channel a customer agreed to receive marketing through. */
public enum MarketingChannel {
  EMAIL,
  SMS,
  /** Printed catalogues by post. */
  POST
}
