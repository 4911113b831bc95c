package io.jpaproto.convert;

import static io.jpaproto.convert.TestSupport.CASES;
import static io.jpaproto.convert.TestSupport.assertThrowsWith;
import static io.jpaproto.convert.TestSupport.at;
import static io.jpaproto.convert.TestSupport.random;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.StringValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StringConversionsTest {

  private static final String FIELD = "amount";

  /** The string as it comes back after protobuf serialization, which is where lossy text shows. */
  static String wire(String s) throws Exception {
    return StringValue.parseFrom(StringValue.of(s).toByteArray()).getValue();
  }

  static BigDecimal randomDecimal(SplittableRandom r) {
    BigInteger unscaled =
        switch (r.nextInt(4)) {
          case 0 -> BigInteger.valueOf(r.nextLong());
          case 1 -> BigInteger.valueOf(r.nextInt(-1000, 1000));
          case 2 -> BigInteger.ZERO;
          default -> new BigInteger(r.nextInt(1, 400), new java.util.Random(r.nextLong())).negate();
        };
    if (r.nextBoolean()) {
      unscaled = unscaled.negate();
    }
    return new BigDecimal(unscaled, r.nextInt(-1000, 1001));
  }

  /** Decimals at the edges of what the parser accepts: their text round-trips. */
  static List<BigDecimal> edgeDecimals() {
    return List.of(
        BigDecimal.ZERO,
        new BigDecimal("0.00000"),
        new BigDecimal("0E+5"),
        new BigDecimal("0E-1000"),
        new BigDecimal("1E+3"),
        new BigDecimal("-1E+1000"),
        new BigDecimal("1E-1000"),
        new BigDecimal("0.000001"),
        new BigDecimal("0.0000001"),
        new BigDecimal("1.10"),
        new BigDecimal(BigInteger.ONE.shiftLeft(200).negate(), 500),
        new BigDecimal(Long.MIN_VALUE),
        new BigDecimal(Long.MAX_VALUE),
        new BigDecimal(BigInteger.TEN.pow(1000).subtract(BigInteger.ONE), 1000),
        new BigDecimal(BigInteger.TEN.pow(1000).subtract(BigInteger.ONE).negate(), -1000));
  }

  /**
   * Decimals whose text the parser refuses before any arithmetic: a scale beyond -1000..1000 or more than 1000 digits.
   * Their text is still written (toProto never fails on what an entity holds), including exponents beyond
   * Integer.MAX_VALUE that BigDecimal(String) could not parse anyway.
   */
  static List<BigDecimal> decimalsBeyondTheBounds() {
    return List.of(
        new BigDecimal(BigInteger.ONE, 1001),
        new BigDecimal(BigInteger.ONE, -1001),
        new BigDecimal(BigInteger.TEN.pow(1000), 0),
        new BigDecimal(BigInteger.ONE, Integer.MAX_VALUE),
        new BigDecimal(BigInteger.ONE, Integer.MIN_VALUE + 1),
        // toString() of these has an exponent above Integer.MAX_VALUE, which BigDecimal(String) rejects.
        new BigDecimal(new BigInteger("-123456789012345678901234567890"), Integer.MIN_VALUE + 1),
        new BigDecimal(BigInteger.TEN, Integer.MIN_VALUE + 1),
        new BigDecimal(new BigInteger("-123456789012345678901234567890"), Integer.MIN_VALUE + 29),
        new BigDecimal(new BigInteger("-123456789012345678901234567890"), Integer.MIN_VALUE + 30),
        new BigDecimal(new BigInteger("-123456789012345678901234567890"), Integer.MAX_VALUE));
  }

  // ---- BigDecimal

  @Test
  void bigDecimalRoundTripsWithItsScale() throws Exception {
    SplittableRandom r = random();
    for (int i = 0; i < CASES; i++) {
      BigDecimal v = randomDecimal(r);
      BigDecimal back = StringConversions.toBigDecimal(wire(StringConversions.fromBigDecimal(v, FIELD)), FIELD);
      assertEquals(v, back, at(i, v)); // equals() compares the scale too
      assertEquals(v.scale(), back.scale(), at(i, v));
    }
    for (BigDecimal v : edgeDecimals()) {
      assertEquals(v, StringConversions.toBigDecimal(wire(StringConversions.fromBigDecimal(v, FIELD)), FIELD));
    }
  }

  @Test
  void textOfDecimalsBeyondTheBoundsIsWrittenAndRefusedOnTheWayIn() throws Exception {
    for (BigDecimal v : decimalsBeyondTheBounds()) {
      String text = wire(StringConversions.fromBigDecimal(v, FIELD));
      assertThrowsWith(NumberFormatException.class, () -> StringConversions.toBigDecimal(text, FIELD),
          "field amount", "has ");
    }
  }

  @Test
  void zeroWithEveryScaleRoundTrips() throws Exception {
    for (int scale = -20; scale <= 20; scale++) {
      BigDecimal v = BigDecimal.ZERO.setScale(scale);
      BigDecimal back = StringConversions.toBigDecimal(wire(StringConversions.fromBigDecimal(v, FIELD)), FIELD);
      assertEquals(v, back);
      assertEquals(scale, back.scale());
    }
  }

  @Test
  void bigDecimalTextIsToString() {
    assertEquals("1E+3", StringConversions.fromBigDecimal(new BigDecimal(BigInteger.ONE, -3), FIELD));
    assertEquals("-12.50", StringConversions.fromBigDecimal(new BigDecimal("-12.50"), FIELD));
  }

  @Test
  void bigDecimalWithScaleMinValueThrows() {
    BigDecimal v = new BigDecimal(BigInteger.TWO, Integer.MIN_VALUE);
    assertThrowsWith(
        ArithmeticException.class,
        () -> StringConversions.fromBigDecimal(v, FIELD),
        "field amount",
        "2E+2147483648",
        "-2147483648");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "abc", "1,5", "1.2.3", "--1", " 1", "1 ", "1e", "0x10", "NaN", "Infinity", "1E+2147483648"})
  void malformedDecimalTextThrows(String text) {
    assertThrowsWith(
        NumberFormatException.class,
        () -> StringConversions.toBigDecimal(text, FIELD),
        "field amount",
        "\"" + text + "\"");
  }

  @Test
  void hugeMalformedTextIsQuotedShortened() {
    String text = "9".repeat(500) + "x";
    NumberFormatException e =
        assertThrowsWith(
            NumberFormatException.class,
            () -> StringConversions.toBigDecimal(text, FIELD),
            "field amount",
            "\"" + "9".repeat(Checks.MAX_QUOTED) + "\"...",
            "(501 chars)");
    assertTrue(e.getMessage().length() < 300, e.getMessage());
  }

  // ---- BigInteger

  @Test
  void bigIntegerRoundTrips() throws Exception {
    SplittableRandom r = random();
    for (int i = 0; i < CASES; i++) {
      BigInteger v = new BigInteger(r.nextInt(0, 1000), new java.util.Random(r.nextLong()));
      if (r.nextBoolean()) {
        v = v.negate();
      }
      String text = StringConversions.fromBigInteger(v, FIELD);
      assertEquals(v.toString(), text, at(i, v));
      assertEquals(v, StringConversions.toBigInteger(wire(text), FIELD), at(i, v));
    }
    for (BigInteger v :
        List.of(
            BigInteger.ZERO,
            BigInteger.valueOf(Long.MIN_VALUE),
            BigInteger.valueOf(Long.MAX_VALUE),
            BigInteger.ONE.shiftLeft(63),
            BigInteger.ONE.shiftLeft(63).negate().subtract(BigInteger.ONE),
            BigInteger.TEN.pow(1000).subtract(BigInteger.ONE).negate())) {
      assertEquals(v, StringConversions.toBigInteger(wire(StringConversions.fromBigInteger(v, FIELD)), FIELD));
    }
    // More than 1000 digits is written, and refused on the way in (parsing is quadratic in the length).
    String huge = StringConversions.fromBigInteger(BigInteger.ONE.shiftLeft(4096).negate(), FIELD);
    assertThrowsWith(NumberFormatException.class, () -> StringConversions.toBigInteger(huge, FIELD),
        "field amount", "more than 1000 digits");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-", "1.0", "1e3", "0x10", "12a", " 7", "1_000"})
  void malformedIntegerTextThrows(String text) {
    assertThrowsWith(
        NumberFormatException.class,
        () -> StringConversions.toBigInteger(text, FIELD),
        "field amount",
        "\"" + text + "\"");
  }

  // ---- UUID

  @Test
  void uuidRoundTripsAsCanonicalLowerCase() throws Exception {
    SplittableRandom r = random();
    for (int i = 0; i < CASES; i++) {
      UUID v = new UUID(r.nextLong(), r.nextLong());
      String text = StringConversions.fromUuid(v, FIELD);
      assertEquals(36, text.length(), at(i, v));
      assertEquals(text.toLowerCase(Locale.ROOT), text, at(i, v));
      assertEquals(UUID.fromString(text), v, at(i, v));
      assertEquals(v, StringConversions.toUuid(wire(text), FIELD), at(i, v));
      assertEquals(v, StringConversions.toUuid(text.toUpperCase(Locale.ROOT), FIELD), at(i, v));
    }
    for (UUID v :
        List.of(
            new UUID(0, 0),
            new UUID(-1, -1),
            new UUID(Long.MIN_VALUE, Long.MAX_VALUE),
            UUID.fromString("123e4567-e89b-12d3-a456-426614174000"))) {
      assertEquals(v, StringConversions.toUuid(StringConversions.fromUuid(v, FIELD), FIELD));
    }
    assertEquals("ffffffff-ffff-ffff-ffff-ffffffffffff", StringConversions.fromUuid(new UUID(-1, -1), FIELD));
  }

  @Test
  void uuidParsingAgreesWithTheJdkOnMixedCase() {
    String text = "AbCdEf01-2345-6789-aBcD-eF0123456789";
    assertEquals(UUID.fromString(text), StringConversions.toUuid(text, FIELD));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "1-1-1-1-1",
        "+0000000-0000-0000-0000-000000000000",
        "00000000-0000-0000-0000-00000000000",
        "00000000-0000-0000-0000-0000000000000",
        "000000000-000-0000-0000-000000000000",
        "00000000_0000-0000-0000-000000000000",
        "00000000-0000-0000-0000-00000000000g",
        "0000000G-0000-0000-0000-000000000000",
        "00000000000000000000000000000000",
        "{00000000-0000-0000-0000-000000000000}",
        "urn:uuid:00000000-0000-0000-0000-000000000000",
        "\uff10\uff10\uff10\uff10\uff10\uff10\uff10\uff10-0000-0000-0000-000000000000"
      })
  void malformedUuidThrows(String text) {
    assertThrowsWith(
        IllegalArgumentException.class,
        () -> StringConversions.toUuid(text, FIELD),
        "field amount",
        "\"" + text + "\"");
  }

  // ---- char

  @Test
  void everyNonSurrogateCharRoundTrips() throws Exception {
    for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
      if (Character.isSurrogate((char) c)) {
        continue;
      }
      String text = StringConversions.fromChar((char) c, FIELD);
      assertEquals(1, text.length());
      assertEquals((char) c, StringConversions.toChar(wire(text), FIELD), "char " + c);
    }
  }

  @ParameterizedTest
  @ValueSource(chars = {'\uD800', '\uDBFF', '\uDC00', '\uDFFF'})
  void loneSurrogateCharThrows(char c) {
    assertThrowsWith(
        IllegalArgumentException.class,
        () -> StringConversions.fromChar(c, FIELD),
        "field amount",
        "U+" + Integer.toHexString(c).toUpperCase(Locale.ROOT));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "ab", "\uD83D\uDE00"})
  void stringThatIsNotOneCharThrows(String text) {
    assertThrowsWith(
        IllegalArgumentException.class,
        () -> StringConversions.toChar(text, FIELD),
        "field amount",
        "\"" + text + "\"");
  }

  // ---- char[] and Character[]

  private static String randomText(SplittableRandom r) {
    StringBuilder out = new StringBuilder();
    int length = r.nextInt(0, 40);
    for (int i = 0; i < length; i++) {
      int codePoint =
          switch (r.nextInt(4)) {
            case 0 -> r.nextInt(0, 0x80);
            case 1 -> r.nextInt(0x80, 0xD800);
            case 2 -> r.nextInt(0xE000, 0x10000);
            default -> r.nextInt(0x10000, Character.MAX_CODE_POINT + 1);
          };
      out.appendCodePoint(codePoint);
    }
    return out.toString();
  }

  @Test
  void charArrayRoundTripsIncludingNonBmp() throws Exception {
    SplittableRandom r = random();
    for (int i = 0; i < CASES; i++) {
      char[] v = randomText(r).toCharArray();
      String text = StringConversions.fromCharArray(v, FIELD);
      assertArrayEquals(v, StringConversions.toCharArray(wire(text), FIELD), at(i, new String(v)));
    }
    for (String s : List.of("", "\uD83D\uDE00", "a\uD83D\uDE00b", "\uDBFF\uDFFF", "\u0000")) {
      char[] v = s.toCharArray();
      assertArrayEquals(v, StringConversions.toCharArray(wire(StringConversions.fromCharArray(v, FIELD)), FIELD));
    }
  }

  @Test
  void charArrayIsCopied() {
    char[] v = {'a', 'b'};
    String text = StringConversions.fromCharArray(v, FIELD);
    v[0] = 'z';
    assertEquals("ab", text);
    char[] first = StringConversions.toCharArray(text, FIELD);
    assertNotSame(first, StringConversions.toCharArray(text, FIELD));
  }

  @Test
  void characterArrayRoundTripsIncludingNonBmp() throws Exception {
    SplittableRandom r = random();
    for (int i = 0; i < CASES; i++) {
      String s = randomText(r);
      Character[] v = s.chars().mapToObj(c -> (char) c).toArray(Character[]::new);
      String text = StringConversions.fromCharacterArray(v, FIELD);
      assertEquals(s, text, at(i, s));
      assertArrayEquals(v, StringConversions.toCharacterArray(wire(text), FIELD), at(i, s));
    }
    assertArrayEquals(new Character[0], StringConversions.toCharacterArray("", FIELD));
    assertEquals("", StringConversions.fromCharacterArray(new Character[0], FIELD));
  }

  @Test
  void nullCharacterElementThrows() {
    assertThrowsWith(
        IllegalArgumentException.class,
        () -> StringConversions.fromCharacterArray(new Character[] {'a', null, 'c'}, FIELD),
        "field amount",
        "element 1",
        "null");
    assertThrowsWith(
        IllegalArgumentException.class,
        () -> StringConversions.fromCharacterArray(new Character[] {null}, FIELD),
        "field amount",
        "element 0");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\uD800", "a\uDC00", "\uDE00\uD83D", "ab\uD83D", "\uD83D\uD83D\uDE00", "\uD800a"})
  void unpairedSurrogatesThrow(String s) {
    assertThrowsWith(
        IllegalArgumentException.class,
        () -> StringConversions.fromCharArray(s.toCharArray(), FIELD),
        "field amount",
        "unpaired surrogate");
    Character[] boxed = s.chars().mapToObj(c -> (char) c).toArray(Character[]::new);
    assertThrowsWith(
        IllegalArgumentException.class,
        () -> StringConversions.fromCharacterArray(boxed, FIELD),
        "field amount",
        "unpaired surrogate");
  }

  @Test
  void protobufLosesUnpairedSurrogates() throws Exception {
    // Why the char conversions reject them: serialization would silently replace them.
    assertEquals("?", wire("\uD800"));
  }

  // ---- OffsetTime

  private static OffsetTime randomOffsetTime(SplittableRandom r) {
    long nanoOfDay = r.nextLong(0, LocalTime.MAX.toNanoOfDay() + 1);
    nanoOfDay =
        switch (r.nextInt(4)) {
          case 0 -> nanoOfDay - nanoOfDay % 1_000_000_000L;
          case 1 -> nanoOfDay - nanoOfDay % 1_000_000L;
          case 2 -> nanoOfDay - nanoOfDay % 60_000_000_000L;
          default -> nanoOfDay;
        };
    int offsetSeconds =
        r.nextBoolean() ? r.nextInt(-18, 19) * 3600 : r.nextInt(-18 * 3600, 18 * 3600 + 1);
    return OffsetTime.of(LocalTime.ofNanoOfDay(nanoOfDay), ZoneOffset.ofTotalSeconds(offsetSeconds));
  }

  @Test
  void offsetTimeRoundTripsAsIsoText() throws Exception {
    SplittableRandom r = random();
    for (int i = 0; i < CASES; i++) {
      OffsetTime v = randomOffsetTime(r);
      String text = StringConversions.fromOffsetTime(v, FIELD);
      assertEquals(DateTimeFormatter.ISO_OFFSET_TIME.format(v), text, at(i, v));
      OffsetTime back = StringConversions.toOffsetTime(wire(text), FIELD);
      assertEquals(v, back, at(i, v)); // equals() compares the offset too
    }
    for (OffsetTime v :
        List.of(
            OffsetTime.MIN,
            OffsetTime.MAX,
            OffsetTime.of(LocalTime.MIDNIGHT, ZoneOffset.UTC),
            OffsetTime.of(LocalTime.of(0, 0, 0, 1), ZoneOffset.ofHoursMinutesSeconds(-5, -30, -15)))) {
      String text = StringConversions.fromOffsetTime(v, FIELD);
      assertEquals(DateTimeFormatter.ISO_OFFSET_TIME.format(v), text);
      assertEquals(v, StringConversions.toOffsetTime(wire(text), FIELD));
    }
  }

  @Test
  void offsetTimeTextExamples() {
    assertEquals("23:59:59.999999999-18:00", StringConversions.fromOffsetTime(OffsetTime.MAX, FIELD));
    assertEquals("00:00:00+18:00", StringConversions.fromOffsetTime(OffsetTime.MIN, FIELD));
    assertEquals(
        "10:15:30.5Z",
        StringConversions.fromOffsetTime(OffsetTime.of(10, 15, 30, 500_000_000, ZoneOffset.UTC), FIELD));
    assertEquals(
        "10:15:30.00000012+01:00",
        StringConversions.fromOffsetTime(OffsetTime.of(10, 15, 30, 120, ZoneOffset.ofHours(1)), FIELD));
    assertEquals(OffsetTime.of(10, 15, 0, 0, ZoneOffset.UTC), StringConversions.toOffsetTime("10:15z", FIELD));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "10:15", "10:15:30", "25:00Z", "24:00Z", "23:59:60Z", "10:15:30+19:00", "10:15:30 +01:00",
        "10:15:30.1234567890Z", "T10:15Z", "2024-01-01T10:15Z"})
  void malformedOffsetTimeThrows(String text) {
    assertThrowsWith(
        IllegalArgumentException.class,
        () -> StringConversions.toOffsetTime(text, FIELD),
        "field amount",
        "\"" + text + "\"");
  }
}
