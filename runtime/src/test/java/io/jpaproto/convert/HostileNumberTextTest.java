package io.jpaproto.convert;

import static io.jpaproto.convert.TestSupport.assertThrowsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.type.Decimal;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Number text a hostile client sends to make the server compute: each is refused by the parser, before BigDecimal or
 * BigInteger does any arithmetic on it (these tests assert the refusal, not a time).
 */
class HostileNumberTextTest {
  private static final String FIELD = "price";

  static java.util.List<String> hostileDecimals() {
    return java.util.List.of(
        "1e10000000", "1e-10000000", "-1E+2147483647", "1E-2147483648", "1e99999999999999999999999999",
        "1e" + "9".repeat(100_000), "1e+" + "0".repeat(20) + "1001", "0.5e-1000", "1e1001",
        "9".repeat(1001), "0." + "0".repeat(1001), "1" + "0".repeat(4_000_000), "0".repeat(5_000_000),
        "." + "1".repeat(1001), "1".repeat(10_000_000) + "x");
  }

  @ParameterizedTest
  @MethodSource("hostileDecimals")
  void hostileDecimalTextIsRefused(String text) {
    NumberFormatException e = assertThrowsWith(
        NumberFormatException.class, () -> StringConversions.toBigDecimal(text, FIELD), "field price", "has ");
    assertTrue(e.getMessage().length() < 300, e.getMessage());
    assertThrowsWith(NumberFormatException.class,
        () -> DecimalConversions.toBigDecimal(Decimal.newBuilder().setValue(text).build(), FIELD),
        "field price", "Decimal value", "has ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e1000", "1e-1000", "-1E+999", "0.1e-999", "1.5e+998"})
  void textAtTheBoundsIsAccepted(String text) {
    assertEquals(new BigDecimal(text), StringConversions.toBigDecimal(text, FIELD));
  }

  @Test
  void aThousandDigitsAreAcceptedAndOneMoreIsNot() {
    String digits = "7".repeat(1000);
    assertEquals(new BigDecimal(digits), StringConversions.toBigDecimal(digits, FIELD));
    assertEquals(new BigDecimal("-0." + "1".repeat(999)), StringConversions.toBigDecimal("-0." + "1".repeat(999), FIELD));
    assertThrowsWith(NumberFormatException.class, () -> StringConversions.toBigDecimal(digits + "7", FIELD),
        "field price", "more than 1000 digits");
  }

  @Test
  void theScaleBoundIsAppliedAfterTheExponent() {
    // 500 decimals and an exponent of -500 are a scale of 1000; one more decimal is beyond it.
    String fraction = "0." + "1".repeat(499);
    assertEquals(1000, StringConversions.toBigDecimal(fraction + "1e-500", FIELD).scale());
    assertThrowsWith(NumberFormatException.class, () -> StringConversions.toBigDecimal(fraction + "11e-500", FIELD),
        "field price", "has a scale beyond -1000..1000");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u0661\u0662", "1\u0660", "1e\u0661"})
  void onlyAsciiDigitsAreDigits(String text) {
    assertThrowsWith(NumberFormatException.class, () -> StringConversions.toBigDecimal(text, FIELD),
        "field price", "is not a decimal number");
  }

  @Test
  void hugeIntegerTextIsRefusedUnread() {
    for (String text : new String[] {"9".repeat(1001), "-" + "1".repeat(5_000_000), "+" + "0".repeat(1001)}) {
      assertThrowsWith(NumberFormatException.class, () -> StringConversions.toBigInteger(text, FIELD),
          "field price", "more than 1000 digits");
    }
    assertEquals(new BigInteger("-" + "9".repeat(1000)), StringConversions.toBigInteger("-" + "9".repeat(1000), FIELD));
  }
}
