package realistic.shop.ordering;

import io.jpaproto.ProtoIgnore;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A payment by credit or debit card, through the payment provider. */
@Entity
@Table(name = "card_payment")
public class CardPayment extends Payment {

  /** The card scheme, such as {@code VISA}. */
  @Column(name = "card_brand", nullable = false, length = 16)
  private String cardBrand;

  /** The last four digits of the card number, for the customer's records. */
  @Column(name = "last_four_digits", nullable = false, length = 4)
  private String lastFourDigits;

  @Column(name = "expiry_month", nullable = false)
  private short expiryMonth;

  @Column(name = "expiry_year", nullable = false)
  private short expiryYear;

  /** The provider's token that charges the card again. Never published. */
  @ProtoIgnore
  @Column(name = "card_token", nullable = false, length = 64)
  private String cardToken;

  public String getCardBrand() {
    return cardBrand;
  }

  public void setCardBrand(String cardBrand) {
    this.cardBrand = cardBrand;
  }

  public String getLastFourDigits() {
    return lastFourDigits;
  }

  public void setLastFourDigits(String lastFourDigits) {
    this.lastFourDigits = lastFourDigits;
  }

  public short getExpiryMonth() {
    return expiryMonth;
  }

  public void setExpiryMonth(short expiryMonth) {
    this.expiryMonth = expiryMonth;
  }

  public short getExpiryYear() {
    return expiryYear;
  }

  public void setExpiryYear(short expiryYear) {
    this.expiryYear = expiryYear;
  }

  public String getCardToken() {
    return cardToken;
  }

  public void setCardToken(String cardToken) {
    this.cardToken = cardToken;
  }
}
