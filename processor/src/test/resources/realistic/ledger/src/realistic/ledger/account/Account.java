package realistic.ledger.account;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import realistic.ledger.party.Holder;

/**
 * A ledger account: an aggregate root in the domain-driven style. Its state is private and changes only through
 * its own methods; JPA reads and writes the fields directly (field access), and there is no getter or setter.
 */
@Entity
@Table(name = "ledger_account")
public class Account {

  @Id
  @GeneratedValue
  private Long id;

  @Version
  private long version;

  /** The account number printed on statements, such as {@code DE-0042-17}. */
  @Column(name = "account_number", nullable = false, unique = true, length = 34)
  private String number;

  /** Whether the account takes postings. */
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AccountStatus status;

  /** The running balance, in the account's currency. */
  @Embedded
  private Money balance;

  /** How far the balance may go below zero. */
  @Embedded
  @AttributeOverrides({
      @AttributeOverride(name = "amount", column = @Column(name = "overdraft_amount", precision = 19, scale = 4)),
      @AttributeOverride(name = "currency", column = @Column(name = "overdraft_currency"))})
  private Money overdraftLimit;

  /** Who owns the account. */
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private Holder holder;

  @Column(name = "opened_at", nullable = false, updatable = false)
  private Instant openedAt;

  private Instant closedAt;

  /** Free labels for reporting. */
  @ElementCollection
  private Set<String> labels = new LinkedHashSet<>();

  /** For JPA. */
  protected Account() {
  }

  /** Opens an active account with a zero balance. */
  public Account(String number, Holder holder, String currency, Instant openedAt) {
    this.number = Objects.requireNonNull(number);
    this.holder = Objects.requireNonNull(holder);
    this.status = AccountStatus.ACTIVE;
    this.balance = Money.zero(currency);
    this.openedAt = Objects.requireNonNull(openedAt);
  }

  /** Books a posting against this account. */
  public Posting post(Money amount, String memo, java.time.LocalDate bookedOn) {
    if (status != AccountStatus.ACTIVE) {
      throw new IllegalStateException("account " + number + " is " + status);
    }
    balance = balance.plus(amount);
    return new Posting(this, amount, memo, bookedOn);
  }

  /** Closes the account; it takes no more postings. */
  public void close(Instant at) {
    status = AccountStatus.CLOSED;
    closedAt = at;
  }

  public void label(String label) {
    labels.add(label);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Account account && id != null && id.equals(account.id);
  }

  @Override
  public int hashCode() {
    return Account.class.hashCode();
  }
}
