package io.jpaproto.processor.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The bound expressions agree with {@link BigDecimal#compareTo} (property test, fixed seed): over random bounds of
 * either sign and random decimal text in every spelling the digits rule admits (signs, leading and trailing zeros, a
 * point with or without digits on either side), with Java's regular expressions and with RE2's.
 */
class DecimalBoundTest {
  @Test
  void theExpressionMatchesExactlyTheValuesOnTheAllowedSide() {
    Random random = new Random(11);
    for (int b = 0; b < 300; b++) {
      BigDecimal bound = b < 8
          ? new BigDecimal(List.of("0.01", "-0.5", "1", "10", "99.99", "-100", "0.0001", "123.456").get(b))
          : decimal(random).stripTrailingZeros();
      if (bound.signum() == 0) {
        continue; // zero bounds are the sign rules
      }
      for (boolean lower : new boolean[] {true, false}) {
        for (boolean inclusive : new boolean[] {true, false}) {
          String expression = DecimalBound.pattern(bound, lower, inclusive);
          Pattern pattern = Pattern.compile(expression);
          // RE2, as protovalidate runs it (RE2/J in Java, a port of it in TypeScript).
          com.google.re2j.Pattern re2 = com.google.re2j.Pattern.compile(expression);
          for (int i = 0; i < 300; i++) {
            String text = i < 3 ? spell(bound, random) : text(random);
            int order = new BigDecimal(text).compareTo(bound);
            boolean allowed = lower ? order > 0 || (inclusive && order == 0) : order < 0 || (inclusive && order == 0);
            String description = text + (lower ? " >" : " <") + (inclusive ? "= " : " ") + bound.toPlainString();
            assertEquals(allowed, pattern.matcher(text).matches(), description + " with " + pattern);
            assertEquals(allowed, re2.matcher(text).matches(), description + " with RE2 " + pattern);
          }
        }
      }
    }
  }

  /** A random value of up to 4 integer and 4 fraction digits, either sign. */
  private static BigDecimal decimal(Random random) {
    return BigDecimal.valueOf(random.nextLong() % 100_000_000L, random.nextInt(5));
  }

  /** {@code bound} itself, spelled with extra zeros and a sign. */
  private static String spell(BigDecimal bound, Random random) {
    String plain = bound.abs().toPlainString();
    String text = "0".repeat(random.nextInt(3)) + plain + (plain.contains(".") ? "0".repeat(random.nextInt(3)) : "");
    return (bound.signum() < 0 ? "-" : random.nextBoolean() ? "+" : "") + text;
  }

  /** Decimal text as the digits rule admits it, near the bounds' range. */
  private static String text(Random random) {
    StringBuilder out = new StringBuilder(List.of("", "", "+", "-").get(random.nextInt(4)));
    out.append("0".repeat(random.nextInt(3)));
    int integerDigits = random.nextInt(5);
    for (int i = 0; i < integerDigits; i++) {
      out.append((char) ('0' + random.nextInt(10)));
    }
    if (integerDigits == 0 || random.nextBoolean()) {
      out.append('.');
      int fractionDigits = integerDigits == 0 ? 1 + random.nextInt(5) : random.nextInt(6);
      for (int i = 0; i < fractionDigits; i++) {
        out.append((char) ('0' + random.nextInt(10)));
      }
    }
    String text = out.toString();
    return text.matches("[+-]?0*") ? text + "0" : text;
  }
}
