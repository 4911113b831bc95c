package io.jpaproto.convert;

import static io.jpaproto.convert.TestSupport.CASES;
import static io.jpaproto.convert.TestSupport.assertThrowsWith;
import static io.jpaproto.convert.TestSupport.at;
import static io.jpaproto.convert.TestSupport.random;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.protobuf.Int64Value;
import java.math.BigInteger;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class Int64ConversionsTest {

  private static final String FIELD = "big_counter";
  private static final BigInteger TWO_TO_63 = BigInteger.ONE.shiftLeft(63);

  private static long wire(long v) throws Exception {
    return Int64Value.parseFrom(Int64Value.of(v).toByteArray()).getValue();
  }

  /** A long whose magnitude is spread over all bit lengths, so small values are as likely as huge ones. */
  static long randomLong(SplittableRandom r) {
    return r.nextLong() >> r.nextInt(64);
  }

  @Test
  void bigIntegerRoundTrips() throws Exception {
    SplittableRandom r = random();
    for (int i = 0; i < CASES; i++) {
      long v = randomLong(r);
      BigInteger big = Int64Conversions.toBigInteger(wire(v), FIELD);
      assertEquals(BigInteger.valueOf(v), big, at(i, v));
      assertEquals(v, wire(Int64Conversions.fromBigInteger(big, FIELD)), at(i, v));
    }
    for (long v : new long[] {0, 1, -1, Long.MIN_VALUE, Long.MAX_VALUE}) {
      assertEquals(v, Int64Conversions.fromBigInteger(Int64Conversions.toBigInteger(v, FIELD), FIELD));
    }
  }

  @Test
  void bigIntegerOutsideInt64Throws() {
    for (BigInteger v :
        List.of(
            TWO_TO_63,
            TWO_TO_63.negate().subtract(BigInteger.ONE),
            BigInteger.ONE.shiftLeft(127).subtract(BigInteger.ONE),
            BigInteger.ONE.shiftLeft(64),
            BigInteger.ONE.shiftLeft(1000).negate())) {
      assertThrowsWith(
          ArithmeticException.class,
          () -> Int64Conversions.fromBigInteger(v, FIELD),
          "field big_counter",
          v.toString(),
          "int64");
    }
    assertThrowsWith(
        ArithmeticException.class,
        () -> Int64Conversions.fromBigInteger(BigInteger.ONE.shiftLeft(127).subtract(BigInteger.ONE), FIELD),
        "field big_counter: 170141183460469231731687303715884105727 does not fit in int64");
  }

  @Test
  void randomBigIntegersConvertIffTheyFit() {
    SplittableRandom r = random();
    for (int i = 0; i < CASES; i++) {
      BigInteger v = new BigInteger(r.nextInt(0, 80), new java.util.Random(r.nextLong()));
      BigInteger value = r.nextBoolean() ? v.negate() : v;
      boolean fits = value.compareTo(BigInteger.valueOf(Long.MIN_VALUE)) >= 0
          && value.compareTo(BigInteger.valueOf(Long.MAX_VALUE)) <= 0;
      if (fits) {
        assertEquals(value.longValueExact(), Int64Conversions.fromBigInteger(value, FIELD), at(i, value));
      } else {
        assertThrowsWith(
            ArithmeticException.class, () -> Int64Conversions.fromBigInteger(value, FIELD), FIELD, value.toString());
      }
    }
  }

  @Test
  void intRoundTripsAndNarrowsExactly() throws Exception {
    SplittableRandom r = random();
    for (int i = 0; i < CASES; i++) {
      int v = r.nextInt() >> r.nextInt(32);
      assertEquals(v, Int64Conversions.toInt(wire(Int64Conversions.fromInt(v, FIELD)), FIELD), at(i, v));
      long wide = randomLong(r);
      if (wide >= Integer.MIN_VALUE && wide <= Integer.MAX_VALUE) {
        assertEquals(wide, Int64Conversions.toInt(wide, FIELD), at(i, wide));
      } else {
        assertThrowsWith(ArithmeticException.class, () -> Int64Conversions.toInt(wide, FIELD), FIELD, "" + wide);
      }
    }
    for (int v : new int[] {0, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
      assertEquals(v, Int64Conversions.toInt(Int64Conversions.fromInt(v, FIELD), FIELD));
    }
  }

  @Test
  void longOutsideIntThrows() {
    long[] outside = {Integer.MAX_VALUE + 1L, Integer.MIN_VALUE - 1L, Long.MAX_VALUE, Long.MIN_VALUE, 1L << 32};
    for (long v : outside) {
      assertThrowsWith(
          ArithmeticException.class, () -> Int64Conversions.toInt(v, FIELD), "field big_counter", v + " does not fit");
    }
  }

  @Test
  void everyShortAndByteRoundTrips() throws Exception {
    for (int v = Short.MIN_VALUE; v <= Short.MAX_VALUE; v++) {
      assertEquals((short) v, Int64Conversions.toShort(wire(Int64Conversions.fromShort((short) v, FIELD)), FIELD));
    }
    for (int v = Byte.MIN_VALUE; v <= Byte.MAX_VALUE; v++) {
      assertEquals((byte) v, Int64Conversions.toByte(wire(Int64Conversions.fromByte((byte) v, FIELD)), FIELD));
    }
  }

  @Test
  void longOutsideShortOrByteThrows() {
    for (long v : new long[] {Short.MAX_VALUE + 1L, Short.MIN_VALUE - 1L, Long.MAX_VALUE, Long.MIN_VALUE, 65_536}) {
      assertThrowsWith(
          ArithmeticException.class,
          () -> Int64Conversions.toShort(v, FIELD),
          "field big_counter",
          v + " does not fit in short");
    }
    for (long v : new long[] {Byte.MAX_VALUE + 1L, Byte.MIN_VALUE - 1L, Long.MAX_VALUE, Long.MIN_VALUE, 256}) {
      assertThrowsWith(
          ArithmeticException.class,
          () -> Int64Conversions.toByte(v, FIELD),
          "field big_counter",
          v + " does not fit in byte");
    }
  }

  @Test
  void randomLongsNarrowIffTheyFit() {
    SplittableRandom r = random();
    for (int i = 0; i < CASES; i++) {
      long v = randomLong(r);
      if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) {
        assertEquals(v, Int64Conversions.toShort(v, FIELD), at(i, v));
      } else {
        assertThrowsWith(ArithmeticException.class, () -> Int64Conversions.toShort(v, FIELD), FIELD);
      }
      if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) {
        assertEquals(v, Int64Conversions.toByte(v, FIELD), at(i, v));
      } else {
        assertThrowsWith(ArithmeticException.class, () -> Int64Conversions.toByte(v, FIELD), FIELD);
      }
    }
  }
}
