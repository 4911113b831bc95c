package realistic.ledger.account;

/** Whether an account takes postings. */
public enum AccountStatus {
  /** Open for postings. */
  ACTIVE,
  /** Temporarily blocked, for example after a fraud report. */
  FROZEN,
  /** Closed for good. */
  CLOSED
}
