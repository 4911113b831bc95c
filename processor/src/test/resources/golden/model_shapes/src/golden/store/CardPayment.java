package golden.store;

import jakarta.persistence.Entity;

/** Paid by card. */
@Entity
public class CardPayment extends Payment {
  /** The last four digits only. */
  private String lastDigits;

  public String getLastDigits() {
    return lastDigits;
  }

  public void setLastDigits(String lastDigits) {
    this.lastDigits = lastDigits;
  }
}
