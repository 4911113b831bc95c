package realistic.ledger.account;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;

/** One booking on an account. Created only by {@link Account#post}; JPA alone may use the private constructor. */
@Entity
public class Posting {

  @Id
  @GeneratedValue
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "account_id", nullable = false)
  private Account account;

  @Embedded
  @AttributeOverride(name = "currency", column = @Column(name = "amount_currency"))
  private Money amount;

  /** What the posting is for, as shown on the statement. */
  @Column(length = 140)
  private String memo;

  @Column(name = "booked_on", nullable = false)
  private LocalDate bookedOn;

  /** Whether the posting was reversed by a later one. */
  private boolean reversed;

  private Posting() {
  }

  Posting(Account account, Money amount, String memo, LocalDate bookedOn) {
    this.account = account;
    this.amount = amount;
    this.memo = memo;
    this.bookedOn = bookedOn;
  }

  public void reverse() {
    reversed = true;
  }
}
