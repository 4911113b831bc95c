package realistic.shop.ordering;

/** Why a customer sends something back. */
public enum ReturnReason {
  DAMAGED,
  WRONG_ITEM,
  /** The customer changed their mind within the withdrawal period. */
  NO_LONGER_WANTED,
  OTHER
}
