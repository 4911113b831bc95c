package realistic.shop.common;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount of money in one currency. Amounts are exact decimals; they are never rounded through a binary float.
 */
@Embeddable
public class Money {

  /** The amount, with up to four decimal places. */
  @Column(name = "amount", nullable = false, precision = 19, scale = 4)
  private BigDecimal amount;

  /** The ISO 4217 code of the currency, such as {@code EUR}. */
  @Column(name = "currency", nullable = false, length = 3)
  private String currency;

  /** For the persistence provider. */
  protected Money() {
  }

  public Money(BigDecimal amount, String currency) {
    this.amount = Objects.requireNonNull(amount, "amount");
    this.currency = Objects.requireNonNull(currency, "currency");
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
  }

  /** This amount times {@code quantity}, in the same currency. */
  public Money times(int quantity) {
    return new Money(amount.multiply(BigDecimal.valueOf(quantity)), currency);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Money other && amount.compareTo(other.amount) == 0 && currency.equals(other.currency);
  }

  @Override
  public int hashCode() {
    return Objects.hash(amount.stripTrailingZeros(), currency);
  }
}
