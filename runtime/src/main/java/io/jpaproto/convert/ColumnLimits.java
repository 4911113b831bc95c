package io.jpaproto.convert;

import static io.jpaproto.convert.Checks.quote;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Checks generated mappers make on the way in, so a value the column cannot hold is refused naming the field and the
 * limit, instead of being rounded by the database or failing inside it. Each check returns the value it was given.
 */
public final class ColumnLimits {
  /**
   * The precision of the column Hibernate 7 creates for a {@code BigDecimal} without {@code @Column(precision)}:
   * {@code numeric(38,2)} on H2 and PostgreSQL ({@code @Column(scale)} alone is ignored).
   */
  public static final int DEFAULT_PRECISION = 38;
  /** The scale of that column. */
  public static final int DEFAULT_SCALE = 2;

  private ColumnLimits() {
  }

  /**
   * Returns {@code value} when it has at most {@code length} characters, counted as the SQL standard and PostgreSQL
   * count them: in Unicode code points (a character outside the Basic Multilingual Plane, such as an emoji, is one
   * character, not two UTF-16 units).
   *
   * @param value the text, not null
   * @param length the column's {@code @Column(length)}
   * @param field the proto field name, for the exception message
   * @return {@code value}
   * @throws IllegalArgumentException if the text is longer
   */
  public static String checkLength(String value, int length, String field) {
    // A string of at most `length` UTF-16 units has at most that many code points: the common case counts nothing.
    if (value.length() <= length) {
      return value;
    }
    int characters = value.codePointCount(0, value.length());
    if (characters > length) {
      throw new IllegalArgumentException("field " + field + ": " + characters
          + " characters, more than the column's length of " + length);
    }
    return value;
  }

  /**
   * Returns {@code value} when a {@code numeric(precision, scale)} column holds it exactly: at most
   * {@code precision - scale} digits before the point and at most {@code scale} after it (trailing zeros beyond the
   * scale are allowed, they change no value). The database would round the decimals or refuse the digits.
   *
   * @param value the number, not null
   * @param precision the column's total number of digits
   * @param scale the column's number of digits after the point
   * @param field the proto field name, for the exception message
   * @return {@code value}
   * @throws IllegalArgumentException if the column would round the value or cannot hold it
   */
  public static BigDecimal checkNumeric(BigDecimal value, int precision, int scale, String field) {
    if (value.signum() == 0) {
      return value;
    }
    if (value.scale() > scale && !onlyZerosBeyond(value, scale)) {
      throw new IllegalArgumentException("field " + field + ": " + quote(value.toString()) + " has " + value.scale()
          + " digits after the point, more than the " + scale + " of its column numeric(" + precision + "," + scale
          + "), which would round it");
    }
    long integerDigits = (long) value.precision() - value.scale();
    if (integerDigits > precision - scale) {
      throw new IllegalArgumentException("field " + field + ": " + quote(value.toString()) + " has " + integerDigits
          + " digits before the point, more than the " + Math.max(0, precision - scale) + " of its column numeric("
          + precision + "," + scale + ")");
    }
    return value;
  }

  /**
   * Whether the digits of {@code value} beyond {@code scale} decimals are all zeros: whether its unscaled value is a
   * multiple of ten to the excess. One division, where {@code stripTrailingZeros} would divide once per zero.
   */
  private static boolean onlyZerosBeyond(BigDecimal value, int scale) {
    long excess = (long) value.scale() - scale;
    if (excess >= value.precision()) {
      return false; // ten to the excess is larger than the (non-zero) unscaled value
    }
    return value.unscaledValue().mod(BigInteger.TEN.pow((int) excess)).signum() == 0;
  }

  /**
   * Returns {@code value} when a {@code numeric(precision, 0)} column holds it: at most {@code precision} digits.
   *
   * @param value the integer, not null
   * @param precision the column's number of digits
   * @param field the proto field name, for the exception message
   * @return {@code value}
   * @throws IllegalArgumentException if the integer has more digits
   */
  public static BigInteger checkNumeric(BigInteger value, int precision, String field) {
    int digits = new BigDecimal(value).precision();
    if (digits > precision) {
      throw new IllegalArgumentException("field " + field + ": " + quote(value.toString()) + " has " + digits
          + " digits, more than the " + precision + " of its column numeric(" + precision + ")");
    }
    return value;
  }
}
