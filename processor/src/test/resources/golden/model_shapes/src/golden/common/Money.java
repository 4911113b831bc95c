package golden.common;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/**
 * An amount in a currency.
 *
 * @param amount the exact amount
 * @param currency the ISO 4217 code
 */
@Embeddable
public record Money(@Column(nullable = false) BigDecimal amount, @Column(nullable = false) String currency) {
}
