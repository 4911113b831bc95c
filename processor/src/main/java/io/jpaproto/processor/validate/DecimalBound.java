package io.jpaproto.processor.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A regular expression (RE2 and Java alike) that plain decimal text matches exactly when its value lies on the
 * allowed side of a bound: {@code @DecimalMin} and {@code @DecimalMax} on decimal text, which CEL cannot compare as
 * numbers (it has no decimal type, and a {@code double} rounds). The text is what the {@code decimal.digits} rule
 * admits: an optional sign, digits with at most one point, at least one digit; leading and trailing zeros allowed.
 *
 * <p>The magnitude is compared digit by digit: more significant integer digits than the bound's, or as many and a
 * greater digit at the first difference, or an equal integer part and a greater fraction (missing fraction digits are
 * zeros). The sign then picks which comparison of magnitudes applies.
 */
final class DecimalBound {
  /** Any magnitude the digits rule admits. */
  private static final String ANY = "[0-9.]*";
  private static final String FRACTION = "(?:[.][0-9]*)?";

  private DecimalBound() {
  }

  /**
   * The anchored expression for values at least ({@code lower}) or at most {@code bound}, the bound itself included
   * when {@code inclusive}.
   */
  static String pattern(BigDecimal bound, boolean lower, boolean inclusive) {
    BigDecimal magnitude = bound.abs();
    boolean negative = bound.signum() < 0;
    String body;
    if (lower) {
      // x >= b: for b > 0 a positive x of magnitude >= b; for b < 0 every x >= 0, or a negative one of magnitude <= |b|.
      body = negative
          ? "[+]?" + ANY + "|-(?:" + below(magnitude, inclusive) + ")"
          : "[+]?(?:" + above(magnitude, inclusive) + ")";
    } else {
      body = negative
          ? "-(?:" + above(magnitude, inclusive) + ")"
          : "-" + ANY + "|[+]?(?:" + below(magnitude, inclusive) + ")";
    }
    return "^(?:" + body + ")$";
  }

  /** Magnitudes greater than {@code m} (or equal, when {@code orEqual}). */
  static String above(BigDecimal m, boolean orEqual) {
    Digits d = Digits.of(m);
    List<String> out = new ArrayList<>();
    // More significant integer digits.
    out.add("0*[1-9][0-9]{" + d.integer.length() + ",}" + FRACTION);
    // As many, and a greater digit at the first difference.
    for (int i = 0; i < d.integer.length(); i++) {
      int digit = d.integer.charAt(i) - '0';
      if (digit < 9) {
        out.add("0*" + d.integer.substring(0, i) + range(digit + 1, 9)
            + "[0-9]{" + (d.integer.length() - i - 1) + "}" + FRACTION);
      }
    }
    // The same integer part, and a greater fraction.
    String same = "0*" + d.integer;
    for (int i = 0; i < d.fraction.length(); i++) {
      int digit = d.fraction.charAt(i) - '0';
      if (digit < 9) {
        out.add(same + "[.]" + d.fraction.substring(0, i) + range(digit + 1, 9) + "[0-9]*");
      }
    }
    out.add(same + "[.]" + d.fraction + "0*[1-9][0-9]*");
    if (orEqual) {
      out.add(equal(d));
    }
    return String.join("|", out);
  }

  /** Magnitudes less than {@code m} (or equal, when {@code orEqual}); empty when there are none (m = 0, strict). */
  static String below(BigDecimal m, boolean orEqual) {
    Digits d = Digits.of(m);
    List<String> out = new ArrayList<>();
    // Fewer significant integer digits.
    if (!d.integer.isEmpty()) {
      String shorter = d.integer.length() == 1 ? "" : "(?:[1-9][0-9]{0," + (d.integer.length() - 2) + "})?";
      out.add("0*" + shorter + FRACTION);
    }
    // As many, and a smaller digit at the first difference (the first digit is not a zero).
    for (int i = 0; i < d.integer.length(); i++) {
      int digit = d.integer.charAt(i) - '0';
      int least = i == 0 ? 1 : 0;
      if (digit > least) {
        out.add("0*" + d.integer.substring(0, i) + range(least, digit - 1)
            + "[0-9]{" + (d.integer.length() - i - 1) + "}" + FRACTION);
      }
    }
    // The same integer part, and a smaller fraction: a proper prefix of the bound's (zeros follow), or a smaller digit
    // at the first difference.
    if (!d.fraction.isEmpty()) {
      List<String> fractions = new ArrayList<>();
      for (int i = 0; i < d.fraction.length(); i++) {
        int digit = d.fraction.charAt(i) - '0';
        fractions.add(d.fraction.substring(0, i)
            + (digit > 0 ? "(?:" + range(0, digit - 1) + "[0-9]*)?" : ""));
      }
      out.add("0*" + d.integer + "(?:[.](?:" + String.join("|", fractions) + "))?");
    }
    if (orEqual) {
      out.add(equal(d));
    }
    return out.isEmpty() ? "[^\\s\\S]" : String.join("|", out);
  }

  private static String equal(Digits d) {
    return "0*" + d.integer + (d.fraction.isEmpty() ? "(?:[.]0*)?" : "[.]" + d.fraction + "0*");
  }

  private static String range(int from, int to) {
    return from == to ? String.valueOf(from) : "[" + from + "-" + to + "]";
  }

  /** A non-negative bound's significant integer digits (empty for zero) and fraction digits (no trailing zeros). */
  private record Digits(String integer, String fraction) {
    static Digits of(BigDecimal magnitude) {
      String plain = magnitude.stripTrailingZeros().toPlainString();
      int point = plain.indexOf('.');
      String integer = point < 0 ? plain : plain.substring(0, point);
      String fraction = point < 0 ? "" : plain.substring(point + 1);
      return new Digits(integer.replaceFirst("^0+", ""), fraction);
    }
  }
}
