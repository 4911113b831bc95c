package realistic.shop.ordering;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A payment by bank transfer; the customer quotes {@link #remittanceReference} so the shop can match it.
 */
@Entity
@Table(name = "bank_transfer")
public class BankTransfer extends Payment {

  /** The payer's account. */
  @Column(name = "iban", nullable = false, length = 34)
  private String iban;

  @Column(name = "bic", length = 11)
  private String bic;

  /** The reference the customer must quote. */
  @Column(name = "remittance_reference", nullable = false, length = 35)
  private String remittanceReference;

  /** The day the money arrived; unset until it does. */
  @Column(name = "value_date")
  private LocalDate valueDate;

  public String getIban() {
    return iban;
  }

  public void setIban(String iban) {
    this.iban = iban;
  }

  public String getBic() {
    return bic;
  }

  public void setBic(String bic) {
    this.bic = bic;
  }

  public String getRemittanceReference() {
    return remittanceReference;
  }

  public void setRemittanceReference(String remittanceReference) {
    this.remittanceReference = remittanceReference;
  }

  public LocalDate getValueDate() {
    return valueDate;
  }

  public void setValueDate(LocalDate valueDate) {
    this.valueDate = valueDate;
  }
}
