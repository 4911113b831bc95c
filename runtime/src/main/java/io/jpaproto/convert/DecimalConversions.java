package io.jpaproto.convert;

import static io.jpaproto.convert.Checks.nonNull;

import com.google.type.Decimal;
import java.math.BigDecimal;

/**
 * Conversions between {@link BigDecimal} and {@code google.type.Decimal}, whose {@code value} is decimal text.
 *
 * <p>The text is {@link BigDecimal#toString()} (see {@link #fromBigDecimal} for scales near {@code Integer.MIN_VALUE}),
 * so value and scale round-trip exactly, negative scales included, as in {@code 1E+3}. Every method takes a non-null
 * value and the proto field name, which is used only in exception messages; a null value throws a
 * {@link NullPointerException} naming the field.
 */
public final class DecimalConversions {

  private DecimalConversions() {}

  /**
   * Returns the {@code Decimal} of a number, its value being the text of
   * {@link StringConversions#fromBigDecimal(BigDecimal, String)}: {@link BigDecimal#toString()} except for scales near
   * {@code Integer.MIN_VALUE}.
   *
   * @param v the number, not null
   * @param field the proto field name, for exception messages
   * @return the proto decimal
   * @throws ArithmeticException if the scale is {@code Integer.MIN_VALUE}, which no decimal text can express
   */
  public static Decimal fromBigDecimal(BigDecimal v, String field) {
    nonNull(v, field);
    return Decimal.newBuilder().setValue(StringConversions.decimalText(v, field)).build();
  }

  /**
   * Parses the value of a {@code Decimal} as {@link BigDecimal#BigDecimal(String)} does, keeping its scale.
   *
   * @param v the proto decimal, not null
   * @param field the proto field name, for exception messages
   * @return the number
   * @throws NumberFormatException if the value is not a decimal number (the empty value of a default
   *     {@code Decimal} included)
   */
  public static BigDecimal toBigDecimal(Decimal v, String field) {
    nonNull(v, field);
    return StringConversions.parseDecimal(v.getValue(), "Decimal value ", field);
  }
}
