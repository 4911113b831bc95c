package golden.money;

/** A plain value class, not an entity. */
public record Money(long cents, String currency) {
}
