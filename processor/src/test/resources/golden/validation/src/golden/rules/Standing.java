package golden.rules;

/** How a customer stands. */
public enum Standing {
  /** In good standing. */
  GOOD,
  /** Behind on payments. */
  LATE
}
