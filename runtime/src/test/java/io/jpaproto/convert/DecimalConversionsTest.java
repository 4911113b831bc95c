package io.jpaproto.convert;

import static io.jpaproto.convert.TestSupport.CASES;
import static io.jpaproto.convert.TestSupport.assertThrowsWith;
import static io.jpaproto.convert.TestSupport.at;
import static io.jpaproto.convert.TestSupport.random;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.type.Decimal;
import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalConversionsTest {

  private static final String FIELD = "price";

  private static BigDecimal roundTrip(BigDecimal v) throws Exception {
    Decimal d = Decimal.parseFrom(DecimalConversions.fromBigDecimal(v, FIELD).toByteArray());
    return DecimalConversions.toBigDecimal(d, FIELD);
  }

  @Test
  void roundTripsWithTheScale() throws Exception {
    SplittableRandom r = random();
    for (int i = 0; i < CASES; i++) {
      BigDecimal v = StringConversionsTest.randomDecimal(r);
      BigDecimal back = roundTrip(v);
      assertEquals(v, back, at(i, v)); // equals() compares the scale too
      assertEquals(v.scale(), back.scale(), at(i, v));
    }
    for (BigDecimal v : StringConversionsTest.edgeDecimals()) {
      assertEquals(v, roundTrip(v));
    }
    for (BigDecimal v : StringConversionsTest.decimalsBeyondTheBounds()) {
      assertThrowsWith(NumberFormatException.class, () -> roundTrip(v), "field price", "Decimal value", "has ");
    }
    for (int scale = -20; scale <= 20; scale++) {
      BigDecimal zero = BigDecimal.ZERO.setScale(scale);
      assertEquals(scale, roundTrip(zero).scale());
    }
  }

  @Test
  void valueIsToString() {
    assertEquals("1E+3", DecimalConversions.fromBigDecimal(new BigDecimal("1E+3"), FIELD).getValue());
    assertEquals("-0.0010", DecimalConversions.fromBigDecimal(new BigDecimal("-0.0010"), FIELD).getValue());
  }

  @Test
  void acceptsTheDecimalGrammarOfGoogleTypeDecimal() {
    assertEquals(new BigDecimal("2.5"), DecimalConversions.toBigDecimal(value("+2.5"), FIELD));
    assertEquals(new BigDecimal("0.5"), DecimalConversions.toBigDecimal(value(".5"), FIELD));
    assertEquals(new BigDecimal("5"), DecimalConversions.toBigDecimal(value("5."), FIELD));
    assertEquals(new BigDecimal("2.5E+8"), DecimalConversions.toBigDecimal(value("2.5e8"), FIELD));
  }

  private static Decimal value(String text) {
    return Decimal.newBuilder().setValue(text).build();
  }

  @Test
  void scaleMinValueThrows() {
    BigDecimal v = new BigDecimal(java.math.BigInteger.TWO, Integer.MIN_VALUE);
    assertThrowsWith(
        ArithmeticException.class, () -> DecimalConversions.fromBigDecimal(v, FIELD), "field price", "2E+2147483648");
  }

  @Test
  void defaultDecimalIsMalformed() {
    assertThrowsWith(
        NumberFormatException.class,
        () -> DecimalConversions.toBigDecimal(Decimal.getDefaultInstance(), FIELD),
        "field price",
        "\"\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "1,5", "2.5.1", "e5", "1e", "NaN", "-", "1 000"})
  void malformedDecimalThrows(String text) {
    assertThrowsWith(
        NumberFormatException.class,
        () -> DecimalConversions.toBigDecimal(value(text), FIELD),
        "field price",
        "\"" + text + "\"");
  }
}
