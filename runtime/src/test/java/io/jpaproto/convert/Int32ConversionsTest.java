package io.jpaproto.convert;

import static io.jpaproto.convert.TestSupport.CASES;
import static io.jpaproto.convert.TestSupport.assertThrowsWith;
import static io.jpaproto.convert.TestSupport.at;
import static io.jpaproto.convert.TestSupport.random;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.protobuf.Int32Value;
import java.time.Year;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class Int32ConversionsTest {

  private static final String FIELD = "small_counter";

  private static int wire(int v) throws Exception {
    return Int32Value.parseFrom(Int32Value.of(v).toByteArray()).getValue();
  }

  private static int randomInt(SplittableRandom r) {
    return r.nextInt() >> r.nextInt(32);
  }

  @Test
  void everyShortAndByteRoundTrips() throws Exception {
    for (int v = Short.MIN_VALUE; v <= Short.MAX_VALUE; v++) {
      assertEquals((short) v, Int32Conversions.toShort(wire(Int32Conversions.fromShort((short) v, FIELD)), FIELD));
    }
    for (int v = Byte.MIN_VALUE; v <= Byte.MAX_VALUE; v++) {
      assertEquals((byte) v, Int32Conversions.toByte(wire(Int32Conversions.fromByte((byte) v, FIELD)), FIELD));
    }
  }

  @Test
  void intOutsideShortOrByteThrows() {
    for (int v : new int[] {Short.MAX_VALUE + 1, Short.MIN_VALUE - 1, Integer.MAX_VALUE, Integer.MIN_VALUE, 65_536}) {
      assertThrowsWith(
          ArithmeticException.class,
          () -> Int32Conversions.toShort(v, FIELD),
          "field small_counter",
          v + " does not fit in short");
    }
    for (int v : new int[] {Byte.MAX_VALUE + 1, Byte.MIN_VALUE - 1, Integer.MAX_VALUE, Integer.MIN_VALUE, 256}) {
      assertThrowsWith(
          ArithmeticException.class,
          () -> Int32Conversions.toByte(v, FIELD),
          "field small_counter",
          v + " does not fit in byte");
    }
  }

  @Test
  void randomIntsNarrowIffTheyFit() {
    SplittableRandom r = random();
    for (int i = 0; i < CASES; i++) {
      int v = randomInt(r);
      if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) {
        assertEquals(v, Int32Conversions.toShort(v, FIELD), at(i, v));
      } else {
        assertThrowsWith(ArithmeticException.class, () -> Int32Conversions.toShort(v, FIELD), FIELD, "" + v);
      }
      if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) {
        assertEquals(v, Int32Conversions.toByte(v, FIELD), at(i, v));
      } else {
        assertThrowsWith(ArithmeticException.class, () -> Int32Conversions.toByte(v, FIELD), FIELD, "" + v);
      }
    }
  }

  @Test
  void yearRoundTrips() throws Exception {
    SplittableRandom r = random();
    for (int i = 0; i < CASES; i++) {
      Year v = Year.of(r.nextInt(Year.MIN_VALUE, Year.MAX_VALUE + 1));
      assertEquals(v, Int32Conversions.toYear(wire(Int32Conversions.fromYear(v, FIELD)), FIELD), at(i, v));
    }
    for (int year : new int[] {Year.MIN_VALUE, Year.MAX_VALUE, 0, -1, 1, 2024}) {
      Year v = Year.of(year);
      assertEquals(year, Int32Conversions.fromYear(v, FIELD));
      assertEquals(v, Int32Conversions.toYear(wire(Int32Conversions.fromYear(v, FIELD)), FIELD));
    }
  }

  @Test
  void yearOutsideTheRangeThrows() {
    for (int v : new int[] {Year.MIN_VALUE - 1, Year.MAX_VALUE + 1, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
      assertThrowsWith(
          IllegalArgumentException.class, () -> Int32Conversions.toYear(v, FIELD), "field small_counter", "" + v);
    }
  }

  @Test
  void randomIntsAreYearsIffInRange() {
    SplittableRandom r = random();
    for (int i = 0; i < CASES; i++) {
      int v = r.nextInt();
      if (v >= Year.MIN_VALUE && v <= Year.MAX_VALUE) {
        assertEquals(v, Int32Conversions.toYear(v, FIELD).getValue(), at(i, v));
      } else {
        assertThrowsWith(IllegalArgumentException.class, () -> Int32Conversions.toYear(v, FIELD), FIELD, "" + v);
      }
    }
  }
}
