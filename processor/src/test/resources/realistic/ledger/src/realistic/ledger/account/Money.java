package realistic.ledger.account;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;

/** An amount of one currency: a value object, immutable from the outside, with no accessors. */
@Embeddable
public class Money {

  @Column(nullable = false, precision = 19, scale = 4)
  private BigDecimal amount;

  /** The ISO 4217 code, such as {@code EUR}. */
  @Column(nullable = false, length = 3)
  private String currency;

  /** For JPA. */
  private Money() {
  }

  private Money(BigDecimal amount, String currency) {
    this.amount = Objects.requireNonNull(amount);
    this.currency = Objects.requireNonNull(currency);
  }

  public static Money of(BigDecimal amount, String currency) {
    return new Money(amount, currency);
  }

  static Money zero(String currency) {
    return new Money(BigDecimal.ZERO, currency);
  }

  Money plus(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException(currency + " and " + other.currency);
    }
    return new Money(amount.add(other.amount), currency);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Money money && Objects.equals(amount, money.amount)
        && Objects.equals(currency, money.currency);
  }

  @Override
  public int hashCode() {
    return Objects.hash(amount, currency);
  }
}
