package io.jpaproto.convert;

import static io.jpaproto.convert.Checks.quote;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Parses client-supplied decimal and integer text within bounds checked before any arithmetic.
 *
 * <p>{@code new BigDecimal("1e10000000")} is cheap, but the value it returns is not: the first {@code setScale},
 * {@code toPlainString} or {@code toBigIntegerExact} on it (a JDBC driver or database binding it to a
 * {@code NUMERIC(10,2)} column does one) builds a number of ten million digits, which takes seconds of CPU. Parsing a
 * million-digit integer is quadratic as well. So the text is scanned first, in time bounded by
 * {@link #MAX_TEXT_LENGTH}, and refused unless its coefficient has at most {@link #MAX_DIGITS} digits and its scale
 * lies within {@code -MAX_SCALE..MAX_SCALE}: the limits PostgreSQL puts on a declared {@code numeric(precision, scale)}
 * column, and far beyond Hibernate's default {@code numeric(38,2)}. Only then is {@link BigDecimal} or
 * {@link BigInteger} asked to parse it.
 */
final class NumberText {
  /** Most digits the coefficient of decimal text (leading zeros aside) or an integer may have. */
  static final int MAX_DIGITS = 1000;
  /** Largest scale, in either direction, that decimal text may have once its exponent is applied. */
  static final int MAX_SCALE = 1000;
  /**
   * Longest text scanned: {@link #MAX_DIGITS} digits, a sign, a point and an exponent of up to 16 characters. Longer
   * text is refused without being read.
   */
  static final int MAX_TEXT_LENGTH = MAX_DIGITS + 20;

  private NumberText() {
  }

  /**
   * Parses decimal text as {@link BigDecimal#BigDecimal(String)} does, keeping its scale, once the bounds hold.
   *
   * @param text the text, not null
   * @param what the start of an error message, such as {@code "Decimal value "}, or empty
   * @param field the proto field name, for exception messages
   * @throws NumberFormatException if the text is not a decimal number or exceeds the bounds
   */
  static BigDecimal parseDecimal(String text, String what, String field) {
    if (text.length() > MAX_TEXT_LENGTH) {
      throw outOfBounds(text, what, field, "more than " + MAX_DIGITS + " digits");
    }
    int length = text.length();
    int i = 0;
    if (i < length && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
      i++;
    }
    int digits = 0;
    int significant = 0;
    int fractionDigits = 0;
    boolean point = false;
    for (; i < length; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
        if (significant > 0 || c != '0') {
          significant++;
        }
        if (point) {
          fractionDigits++;
        }
      } else if (c == '.' && !point) {
        point = true;
      } else {
        break;
      }
    }
    if (digits == 0) {
      throw notNumber(text, what, "a decimal number", field, null);
    }
    if (significant > MAX_DIGITS) {
      throw outOfBounds(text, what, field, "more than " + MAX_DIGITS + " digits");
    }
    long exponent = 0;
    if (i < length && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
      i++;
      boolean negative = false;
      if (i < length && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
        negative = text.charAt(i) == '-';
        i++;
      }
      int start = i;
      for (; i < length; i++) {
        char c = text.charAt(i);
        if (c < '0' || c > '9') {
          break;
        }
        // Saturate: anything beyond the bounds is refused below, however many digits follow.
        exponent = Math.min(exponent * 10 + (c - '0'), 10L * MAX_SCALE + MAX_DIGITS);
      }
      if (i == start) {
        throw notNumber(text, what, "a decimal number", field, null);
      }
      if (negative) {
        exponent = -exponent;
      }
    }
    if (i != length) {
      throw notNumber(text, what, "a decimal number", field, null);
    }
    long scale = fractionDigits - exponent;
    if (scale > MAX_SCALE || scale < -MAX_SCALE) {
      throw outOfBounds(text, what, field, "a scale beyond -" + MAX_SCALE + ".." + MAX_SCALE
          + " (the digits after the point, the exponent applied)");
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw notNumber(text, what, "a decimal number", field, e);
    }
  }

  /**
   * Parses decimal integer text as {@link BigInteger#BigInteger(String)} does, once it has at most
   * {@link #MAX_DIGITS} characters besides a sign.
   *
   * @throws NumberFormatException if the text is not a decimal integer or is too long
   */
  static BigInteger parseInteger(String text, String field) {
    int signs = !text.isEmpty() && (text.charAt(0) == '+' || text.charAt(0) == '-') ? 1 : 0;
    if (text.length() - signs > MAX_DIGITS) {
      throw outOfBounds(text, "", field, "more than " + MAX_DIGITS + " digits");
    }
    try {
      return new BigInteger(text);
    } catch (NumberFormatException e) {
      throw notNumber(text, "", "a decimal integer", field, e);
    }
  }

  private static NumberFormatException outOfBounds(String text, String what, String field, String problem) {
    return new NumberFormatException("field " + field + ": " + what + quote(text) + " has " + problem);
  }

  static NumberFormatException notNumber(
      String v, String prefix, String what, String field, NumberFormatException cause) {
    NumberFormatException e =
        new NumberFormatException("field " + field + ": " + prefix + quote(v) + " is not " + what);
    if (cause != null) {
      e.initCause(cause);
    }
    return e;
  }
}
