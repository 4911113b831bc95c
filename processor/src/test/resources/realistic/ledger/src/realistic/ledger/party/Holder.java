package realistic.ledger.party;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The person or company that holds accounts. Its id is assigned by the application and package-private: accounts,
 * in another package, reach it through the generated mappers only.
 */
@Entity
public class Holder {

  @Id
  UUID id;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  /** The country of residence, ISO 3166 alpha-2. */
  @Column(length = 2)
  private String country;

  private LocalDate bornOn;

  /** Whether the holder passed the identity check. */
  private boolean verified;

  protected Holder() {
  }

  public Holder(UUID id, String displayName) {
    this.id = id;
    this.displayName = displayName;
  }

  public void verify() {
    verified = true;
  }
}
