package io.jpaproto.convert;

import static io.jpaproto.convert.Checks.nonNull;

import java.time.Year;

/**
 * Conversions between Java types and a proto {@code int32} held as a Java {@code int}.
 *
 * <p>Narrowing conversions are range-checked: a value that does not fit throws an {@link ArithmeticException} naming
 * the field and the value, and a year outside {@link Year#MIN_VALUE}..{@link Year#MAX_VALUE} throws an
 * {@link IllegalArgumentException}. Every method takes the proto field name, which is used only in exception
 * messages; a null reference value throws a {@link NullPointerException} naming the field.
 */
public final class Int32Conversions {

  private Int32Conversions() {}

  /**
   * Widens a short to an int.
   *
   * @param v the value
   * @param field the proto field name, unused: every short fits
   * @return the same value
   */
  public static int fromShort(short v, String field) {
    return v;
  }

  /**
   * Narrows an int to a short.
   *
   * @param v the value
   * @param field the proto field name, for exception messages
   * @return the same value as a short
   * @throws ArithmeticException if the value is outside the short range
   */
  public static short toShort(int v, String field) {
    short result = (short) v;
    if (result != v) {
      throw new ArithmeticException("field " + field + ": " + v + " does not fit in short");
    }
    return result;
  }

  /**
   * Widens a byte to an int.
   *
   * @param v the value
   * @param field the proto field name, unused: every byte fits
   * @return the same value
   */
  public static int fromByte(byte v, String field) {
    return v;
  }

  /**
   * Narrows an int to a byte.
   *
   * @param v the value
   * @param field the proto field name, for exception messages
   * @return the same value as a byte
   * @throws ArithmeticException if the value is outside the byte range
   */
  public static byte toByte(int v, String field) {
    byte result = (byte) v;
    if (result != v) {
      throw new ArithmeticException("field " + field + ": " + v + " does not fit in byte");
    }
    return result;
  }

  /**
   * Returns the proleptic year number of a year (0 is 1 BCE).
   *
   * @param v the year, not null
   * @param field the proto field name, for exception messages
   * @return the year number
   */
  public static int fromYear(Year v, String field) {
    nonNull(v, field);
    return v.getValue();
  }

  /**
   * Returns the year of a proleptic year number.
   *
   * @param v the year number
   * @param field the proto field name, for exception messages
   * @return the year
   * @throws IllegalArgumentException if the number is outside {@code Year.MIN_VALUE..Year.MAX_VALUE}
   */
  public static Year toYear(int v, String field) {
    if (v < Year.MIN_VALUE || v > Year.MAX_VALUE) {
      throw new IllegalArgumentException(
          "field " + field + ": " + v + " is outside years " + Year.MIN_VALUE + ".." + Year.MAX_VALUE);
    }
    return Year.of(v);
  }
}
