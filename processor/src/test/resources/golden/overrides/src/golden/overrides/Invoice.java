package golden.overrides;

import golden.money.Money;
import golden.money.MoneyConverter;
import io.jpaproto.ProtoField;
import io.jpaproto.ProtoIgnore;
import io.jpaproto.ProtoMessage;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.math.BigInteger;

/** An invoice sent to a customer. */
@Entity
@ProtoMessage(name = "BillingInvoice")
public class Invoice {
  @Id Long id;

  /** The invoice number, as printed. */
  @ProtoField(name = "invoice_number")
  String number;

  /** Arbitrary precision, by the package rule. */
  BigInteger sequence;

  /** A decimal, as google.type.Decimal by the package rule. */
  BigDecimal total;

  /** Pinned: adding fields above never moves it. */
  @ProtoField(number = 100)
  String note;

  /** Back to int64 for this field only: the field override wins over the package rule. */
  @ProtoField(type = "int64")
  BigInteger legacySequence;

  /** A custom message type with its converter. */
  @ProtoField(type = "golden.money.v1.Amount", typeImport = "golden/money/v1/amount.proto", converter = MoneyConverter.class)
  Money price;

  /** Never published. */
  @ProtoIgnore
  String passwordHash;

  /** Comes after the ignored field; it takes the next free number. */
  String currency;
}
