package io.jpaproto.convert;

import static io.jpaproto.convert.Checks.nonNull;
import static io.jpaproto.convert.Checks.quote;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.OffsetTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * Conversions between Java types and a proto {@code string}.
 *
 * <p>Proto strings are UTF-8 on the wire, so text that holds an unpaired surrogate cannot be represented: the
 * character conversions reject it with an {@link IllegalArgumentException} naming the field rather than let protobuf
 * replace it with {@code '?'} when the message is serialized. Every method takes a non-null value and the proto field
 * name, which is used only in exception messages; a null value throws a {@link NullPointerException} naming the field.
 */
public final class StringConversions {

  private static final int UUID_LENGTH = 36;

  private StringConversions() {}

  /**
   * Returns {@link BigDecimal#toString()}, which {@link #toBigDecimal} turns back into an equal value of the same
   * scale (negative scales included, as in {@code 1E+3}). For a scale so close to {@code Integer.MIN_VALUE} that the
   * exponent of {@code toString()} would exceed {@code Integer.MAX_VALUE}, which {@code BigDecimal} cannot parse, the
   * text is the unscaled value followed by {@code E+} and the negated scale.
   *
   * @param v the number, not null
   * @param field the proto field name, for exception messages
   * @return the decimal text
   * @throws ArithmeticException if the scale is {@code Integer.MIN_VALUE}, which no decimal text can express
   */
  public static String fromBigDecimal(BigDecimal v, String field) {
    nonNull(v, field);
    return decimalText(v, field);
  }

  /**
   * Parses decimal text as {@link BigDecimal#BigDecimal(String)} does (ASCII digits only), keeping its scale. Text
   * whose coefficient has more than 1000 digits, or whose scale (the digits after the point, the exponent applied)
   * lies beyond -1000..1000, is refused before any arithmetic, so no text costs more than microseconds.
   *
   * @param v the text, not null
   * @param field the proto field name, for exception messages
   * @return the number
   * @throws NumberFormatException if the text is not a decimal number or exceeds those bounds
   */
  public static BigDecimal toBigDecimal(String v, String field) {
    nonNull(v, field);
    return parseDecimal(v, "", field);
  }

  /**
   * Returns the decimal text of an integer, as {@link BigInteger#toString()}.
   *
   * @param v the integer, not null
   * @param field the proto field name, for exception messages
   * @return the decimal text
   */
  public static String fromBigInteger(BigInteger v, String field) {
    nonNull(v, field);
    return v.toString();
  }

  /**
   * Parses decimal integer text as {@link BigInteger#BigInteger(String)} does. Text of more than 1000 digits is
   * refused unread (parsing it would cost time quadratic in its length).
   *
   * @param v the text, not null
   * @param field the proto field name, for exception messages
   * @return the integer
   * @throws NumberFormatException if the text is not a decimal integer or has more than 1000 digits
   */
  public static BigInteger toBigInteger(String v, String field) {
    nonNull(v, field);
    return NumberText.parseInteger(v, field);
  }

  /**
   * Returns the canonical lower-case form of a UUID, 36 characters in groups of 8-4-4-4-12 hex digits.
   *
   * @param v the UUID, not null
   * @param field the proto field name, for exception messages
   * @return the UUID text
   */
  public static String fromUuid(UUID v, String field) {
    nonNull(v, field);
    return v.toString();
  }

  /**
   * Parses a UUID in the canonical form: exactly 8-4-4-4-12 hex digits of either case, unlike the lenient
   * {@link UUID#fromString(String)}.
   *
   * @param v the text, not null
   * @param field the proto field name, for exception messages
   * @return the UUID
   * @throws IllegalArgumentException if the text is not a canonical UUID
   */
  public static UUID toUuid(String v, String field) {
    nonNull(v, field);
    if (v.length() != UUID_LENGTH
        || v.charAt(8) != '-' || v.charAt(13) != '-' || v.charAt(18) != '-' || v.charAt(23) != '-') {
      throw notUuid(v, field);
    }
    long msb = hexValue(v, 0, 8, field) << 32 | hexValue(v, 9, 13, field) << 16 | hexValue(v, 14, 18, field);
    long lsb = hexValue(v, 19, 23, field) << 48 | hexValue(v, 24, 36, field);
    return new UUID(msb, lsb);
  }

  /** The value of the hex digits {@code v[from, to)}; throws naming the field on any other character. */
  private static long hexValue(String v, int from, int to, String field) {
    long value = 0;
    for (int i = from; i < to; i++) {
      char c = v.charAt(i);
      int digit = c < HEX_DIGITS.length ? HEX_DIGITS[c] : -1;
      if (digit < 0) {
        throw notUuid(v, field);
      }
      value = (value << 4) | digit;
    }
    return value;
  }

  /**
   * Returns a one-character string.
   *
   * @param v the character
   * @param field the proto field name, for exception messages
   * @return the string of {@code v}
   * @throws IllegalArgumentException if {@code v} is a surrogate, which a UTF-8 proto string cannot hold alone
   */
  public static String fromChar(char v, String field) {
    if (Character.isSurrogate(v)) {
      throw unpairedSurrogate(v, 0, field);
    }
    return String.valueOf(v);
  }

  /**
   * Returns the only UTF-16 code unit of a string.
   *
   * @param v the string, not null
   * @param field the proto field name, for exception messages
   * @return its character
   * @throws IllegalArgumentException if the string is not exactly one UTF-16 code unit long (a character outside the
   *     Basic Multilingual Plane takes two)
   */
  public static char toChar(String v, String field) {
    nonNull(v, field);
    if (v.length() != 1) {
      throw new IllegalArgumentException(
          "field " + field + ": " + quote(v) + " is " + v.length() + " UTF-16 code units long, not one char");
    }
    return v.charAt(0);
  }

  /**
   * Returns the string of a character array; surrogate pairs are kept.
   *
   * @param v the characters, not null
   * @param field the proto field name, for exception messages
   * @return a string of the same characters
   * @throws IllegalArgumentException if the array holds an unpaired surrogate
   */
  public static String fromCharArray(char[] v, String field) {
    nonNull(v, field);
    checkSurrogates(v, field);
    return new String(v);
  }

  /**
   * Returns the characters of a string as a new array.
   *
   * @param v the string, not null
   * @param field the proto field name, for exception messages
   * @return a new array of its UTF-16 code units
   */
  public static char[] toCharArray(String v, String field) {
    nonNull(v, field);
    return v.toCharArray();
  }

  /**
   * Returns the string of a boxed character array; surrogate pairs are kept.
   *
   * @param v the characters, not null and without null elements
   * @param field the proto field name, for exception messages
   * @return a string of the same characters
   * @throws IllegalArgumentException if the array holds a null element or an unpaired surrogate
   */
  public static String fromCharacterArray(Character[] v, String field) {
    nonNull(v, field);
    char[] chars = new char[v.length];
    for (int i = 0; i < chars.length; i++) {
      Character c = v[i];
      if (c == null) {
        throw new IllegalArgumentException(
            "field " + field + ": element " + i + " of the Character[] of length " + v.length + " is null");
      }
      chars[i] = c;
    }
    checkSurrogates(chars, field);
    return new String(chars);
  }

  /**
   * Returns the characters of a string as a new boxed array.
   *
   * @param v the string, not null
   * @param field the proto field name, for exception messages
   * @return a new array of its UTF-16 code units
   */
  public static Character[] toCharacterArray(String v, String field) {
    nonNull(v, field);
    Character[] result = new Character[v.length()];
    for (int i = 0; i < result.length; i++) {
      result[i] = v.charAt(i);
    }
    return result;
  }

  /**
   * Returns the ISO-8601 text of a time with offset, as {@link DateTimeFormatter#ISO_OFFSET_TIME} formats it: always
   * seconds, the nanoseconds without trailing zeros, and the offset ({@code Z} for UTC), as in
   * {@code 10:15:30.5+01:00}.
   *
   * @param v the time, not null
   * @param field the proto field name, for exception messages
   * @return the ISO-8601 text
   */
  public static String fromOffsetTime(OffsetTime v, String field) {
    nonNull(v, field);
    // Written by hand: DateTimeFormatter allocates a print context per call on this hot path.
    StringBuilder out = new StringBuilder(24);
    twoDigits(out, v.getHour()).append(':');
    twoDigits(out, v.getMinute()).append(':');
    twoDigits(out, v.getSecond());
    int nanos = v.getNano();
    if (nanos != 0) {
      out.append('.');
      int divisor = 100_000_000;
      while (nanos != 0) {
        out.append((char) ('0' + nanos / divisor));
        nanos %= divisor;
        divisor /= 10;
      }
    }
    return out.append(v.getOffset().getId()).toString();
  }

  /**
   * Parses ISO-8601 text of a time with offset, as {@link DateTimeFormatter#ISO_OFFSET_TIME} does; the offset and the
   * nanoseconds are kept.
   *
   * @param v the text, not null
   * @param field the proto field name, for exception messages
   * @return the time
   * @throws IllegalArgumentException if the text is not an ISO-8601 time with offset
   */
  public static OffsetTime toOffsetTime(String v, String field) {
    nonNull(v, field);
    try {
      return OffsetTime.parse(v, DateTimeFormatter.ISO_OFFSET_TIME);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "field " + field + ": " + quote(v) + " is not an ISO-8601 time with offset, such as 10:15:30+01:00", e);
    }
  }

  /** The text of {@link #fromBigDecimal}, shared with {@link DecimalConversions}. */
  static String decimalText(BigDecimal v, String field) {
    int scale = v.scale();
    // toString() writes the exponent -scale + precision - 1, and BigDecimal(String) rejects one above MAX_VALUE.
    if (scale < -1_000_000_000 && -(long) scale + v.precision() - 1 > Integer.MAX_VALUE) {
      if (scale == Integer.MIN_VALUE) {
        throw new ArithmeticException(
            "field " + field + ": " + v + " has scale " + scale + ", which no decimal text can express");
      }
      return v.unscaledValue().toString() + "E+" + -scale;
    }
    return v.toString();
  }

  /** Parses decimal text for {@link #toBigDecimal} and {@link DecimalConversions}; {@code what} starts the message. */
  static BigDecimal parseDecimal(String text, String what, String field) {
    return NumberText.parseDecimal(text, what, field);
  }

  private static StringBuilder twoDigits(StringBuilder out, int value) {
    return out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
  }

  /** The value of each ASCII hex digit, -1 for every other character. */
  private static final byte[] HEX_DIGITS = new byte[128];

  static {
    java.util.Arrays.fill(HEX_DIGITS, (byte) -1);
    for (char c = '0'; c <= '9'; c++) {
      HEX_DIGITS[c] = (byte) (c - '0');
    }
    for (char c = 'a'; c <= 'f'; c++) {
      HEX_DIGITS[c] = (byte) (c - 'a' + 10);
      HEX_DIGITS[Character.toUpperCase(c)] = (byte) (c - 'a' + 10);
    }
  }

  private static void checkSurrogates(char[] chars, String field) {
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if (Character.isHighSurrogate(c) && i + 1 < chars.length && Character.isLowSurrogate(chars[i + 1])) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw unpairedSurrogate(c, i, field);
      }
    }
  }

  private static IllegalArgumentException unpairedSurrogate(char c, int index, String field) {
    return new IllegalArgumentException(
        "field " + field + ": unpaired surrogate U+" + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT)
            + " at index " + index + " cannot be encoded in a UTF-8 proto string");
  }

  private static IllegalArgumentException notUuid(String v, String field) {
    return new IllegalArgumentException(
        "field " + field + ": " + quote(v) + " is not a UUID of 8-4-4-4-12 hex digits");
  }
}
