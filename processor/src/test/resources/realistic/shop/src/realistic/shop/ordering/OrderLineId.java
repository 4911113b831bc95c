package realistic.shop.ordering;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/**
 * The primary key of an {@link OrderLine}: its order and its position in the order.
 *
 * @param orderId the id of the order
 * @param lineNumber the position in the order, from 1
 */
@Embeddable
public record OrderLineId(
    @Column(name = "order_id", nullable = false) long orderId,
    @Column(name = "line_number", nullable = false) int lineNumber) implements Serializable {
}
