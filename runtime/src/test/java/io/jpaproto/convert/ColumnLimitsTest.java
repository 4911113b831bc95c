package io.jpaproto.convert;

import static io.jpaproto.convert.TestSupport.assertThrowsWith;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.google.protobuf.ByteString;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ColumnLimitsTest {

  @ParameterizedTest
  @ValueSource(strings = {"12.34", "-99999999.99", "99999999.99", "0.01", "12.5", "12", "12.340000", "0E+20",
      "0.000000", "-0.00", "1E+7", "7E+0"})
  void numericTenTwoHoldsThese(String text) {
    BigDecimal value = new BigDecimal(text);
    assertSame(value, ColumnLimits.checkNumeric(value, 10, 2, "price"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"12.555", "0.001", "-0.009", "99999999.991", "1E-3"})
  void moreDecimalsThanTheScaleAreRefusedNotRounded(String text) {
    assertThrowsWith(IllegalArgumentException.class,
        () -> ColumnLimits.checkNumeric(new BigDecimal(text), 10, 2, "price"),
        "field price", "digits after the point, more than the 2 of its column numeric(10,2)", "round");
  }

  @ParameterizedTest
  @ValueSource(strings = {"100000000", "-123456789.5", "1E+8", "1E+1000"})
  void moreIntegerDigitsThanTheColumnHoldsAreRefused(String text) {
    assertThrowsWith(IllegalArgumentException.class,
        () -> ColumnLimits.checkNumeric(new BigDecimal(text), 10, 2, "price"),
        "field price", "digits before the point, more than the 8 of its column numeric(10,2)");
  }

  @Test
  void trailingZerosBeyondTheScaleChangeNoValue() {
    BigDecimal tenth = new BigDecimal("0.1" + "0".repeat(999));
    assertSame(tenth, ColumnLimits.checkNumeric(tenth, 10, 2, "price"));
    BigDecimal negative = new BigDecimal("-12.3400");
    assertSame(negative, ColumnLimits.checkNumeric(negative, 10, 2, "price"));
    assertThrowsWith(IllegalArgumentException.class,
        () -> ColumnLimits.checkNumeric(new BigDecimal("0." + "0".repeat(998) + "1"), 10, 2, "price"),
        "field price", "has 999 digits after the point");
    assertThrowsWith(IllegalArgumentException.class,
        () -> ColumnLimits.checkNumeric(new BigDecimal("1.2" + "0".repeat(500) + "5"), 10, 2, "price"),
        "field price", "has 502 digits after the point");
  }

  @Test
  void theMessageQuotesHugeValuesShortened() {
    BigDecimal value = new BigDecimal("9".repeat(1000));
    IllegalArgumentException e = assertThrowsWith(IllegalArgumentException.class,
        () -> ColumnLimits.checkNumeric(value, 38, 2, "amount"), "field amount", "1000 digits before the point");
    org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().length() < 300, e.getMessage());
  }

  @Test
  void integersAreCheckedAgainstTheirPrecision() {
    BigInteger fits = new BigInteger("-" + "9".repeat(30));
    assertSame(fits, ColumnLimits.checkNumeric(fits, 30, "counter"));
    assertSame(BigInteger.ZERO, ColumnLimits.checkNumeric(BigInteger.ZERO, 1, "counter"));
    assertThrowsWith(IllegalArgumentException.class,
        () -> ColumnLimits.checkNumeric(BigInteger.TEN.pow(30), 30, "counter"),
        "field counter", "31 digits, more than the 30 of its column numeric(30)");
  }

  @Test
  void lengthCountsCodePoints() {
    String emoji = "\uD83D\uDE00";
    String five = emoji.repeat(5);
    assertSame(five, ColumnLimits.checkLength(five, 5, "name"));
    assertSame("abcde", ColumnLimits.checkLength("abcde", 5, "name"));
    assertSame("", ColumnLimits.checkLength("", 0, "name"));
    assertThrowsWith(IllegalArgumentException.class, () -> ColumnLimits.checkLength(emoji.repeat(6), 5, "name"),
        "field name: 6 characters, more than the column's length of 5");
    assertThrowsWith(IllegalArgumentException.class, () -> ColumnLimits.checkLength("x".repeat(256), 255, "name"),
        "field name: 256 characters, more than the column's length of 255");
  }

  @Test
  void requiredIdsAreNotTheDefaultValue() {
    org.junit.jupiter.api.Assertions.assertEquals(7L, Presence.requiredId(7L, "site_id"));
    org.junit.jupiter.api.Assertions.assertEquals(-1, Presence.requiredId(-1, "site_id"));
    assertSame("a", Presence.requiredId("a", "site_id"));
    assertThrowsWith(IllegalArgumentException.class, () -> Presence.requiredId(0L, "site_id"),
        "field site_id is required");
    assertThrowsWith(IllegalArgumentException.class, () -> Presence.requiredId(0, "site_id"),
        "field site_id is required");
    assertThrowsWith(IllegalArgumentException.class, () -> Presence.requiredId("", "site_id"),
        "field site_id is required");
    assertThrowsWith(IllegalArgumentException.class, () -> Presence.requiredId(ByteString.EMPTY, "site_id"),
        "field site_id is required");
  }
}
