package golden.types;

/** How loud a message is. */
public enum Level {
  /** Quiet. */
  LOW,
  MEDIUM,
  /** Loud. */
  HIGH
}
