package io.jpaproto.convert;

import static io.jpaproto.convert.Checks.nonNull;

import java.math.BigInteger;

/**
 * Conversions between Java integer types and a proto {@code int64} held as a Java {@code long}.
 *
 * <p>Narrowing conversions are range-checked: a value that does not fit throws an {@link ArithmeticException} naming
 * the field and the value. Every method takes the proto field name, which is used only in exception messages; a null
 * reference value throws a {@link NullPointerException} naming the field.
 */
public final class Int64Conversions {

  private Int64Conversions() {}

  /**
   * Returns the value of an integer in {@code Long.MIN_VALUE..Long.MAX_VALUE}.
   *
   * @param v the integer, not null
   * @param field the proto field name, for exception messages
   * @return the same value as a long
   * @throws ArithmeticException if the integer does not fit in int64
   */
  public static long fromBigInteger(BigInteger v, String field) {
    nonNull(v, field);
    if (v.bitLength() > 63) {
      throw new ArithmeticException("field " + field + ": " + v + " does not fit in int64");
    }
    return v.longValue();
  }

  /**
   * Returns a long as a {@link BigInteger}.
   *
   * @param v the value
   * @param field the proto field name, unused: every long fits
   * @return the same value
   */
  public static BigInteger toBigInteger(long v, String field) {
    return BigInteger.valueOf(v);
  }

  /**
   * Widens an int to a long.
   *
   * @param v the value
   * @param field the proto field name, unused: every int fits
   * @return the same value
   */
  public static long fromInt(int v, String field) {
    return v;
  }

  /**
   * Narrows a long to an int.
   *
   * @param v the value
   * @param field the proto field name, for exception messages
   * @return the same value as an int
   * @throws ArithmeticException if the value is outside the int range
   */
  public static int toInt(long v, String field) {
    int result = (int) v;
    if (result != v) {
      throw new ArithmeticException("field " + field + ": " + v + " does not fit in int");
    }
    return result;
  }

  /**
   * Widens a short to a long.
   *
   * @param v the value
   * @param field the proto field name, unused: every short fits
   * @return the same value
   */
  public static long fromShort(short v, String field) {
    return v;
  }

  /**
   * Narrows a long to a short.
   *
   * @param v the value
   * @param field the proto field name, for exception messages
   * @return the same value as a short
   * @throws ArithmeticException if the value is outside the short range
   */
  public static short toShort(long v, String field) {
    short result = (short) v;
    if (result != v) {
      throw new ArithmeticException("field " + field + ": " + v + " does not fit in short");
    }
    return result;
  }

  /**
   * Widens a byte to a long.
   *
   * @param v the value
   * @param field the proto field name, unused: every byte fits
   * @return the same value
   */
  public static long fromByte(byte v, String field) {
    return v;
  }

  /**
   * Narrows a long to a byte.
   *
   * @param v the value
   * @param field the proto field name, for exception messages
   * @return the same value as a byte
   * @throws ArithmeticException if the value is outside the byte range
   */
  public static byte toByte(long v, String field) {
    byte result = (byte) v;
    if (result != v) {
      throw new ArithmeticException("field " + field + ": " + v + " does not fit in byte");
    }
    return result;
  }
}
