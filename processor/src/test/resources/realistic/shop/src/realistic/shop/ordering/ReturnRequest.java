package realistic.shop.ordering;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A request to send back some units of one order line. It refers to the line by the line's composite key.
 */
@Entity
@Table(name = "return_request")
public class ReturnRequest {

  @Id
  @GeneratedValue
  private Long id;

  /** The line the units come from. */
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumns({
      @JoinColumn(name = "order_id", referencedColumnName = "order_id", nullable = false),
      @JoinColumn(name = "line_number", referencedColumnName = "line_number", nullable = false)})
  private OrderLine orderLine;

  /** How many units go back. */
  @Column(nullable = false)
  private int quantity;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ReturnReason reason;

  @Column(length = 1000)
  private String comment;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  public Long getId() {
    return id;
  }

  public OrderLine getOrderLine() {
    return orderLine;
  }

  public void setOrderLine(OrderLine orderLine) {
    this.orderLine = orderLine;
  }

  public int getQuantity() {
    return quantity;
  }

  public void setQuantity(int quantity) {
    this.quantity = quantity;
  }

  public ReturnReason getReason() {
    return reason;
  }

  public void setReason(ReturnReason reason) {
    this.reason = reason;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public void setRequestedAt(Instant requestedAt) {
    this.requestedAt = requestedAt;
  }
}
