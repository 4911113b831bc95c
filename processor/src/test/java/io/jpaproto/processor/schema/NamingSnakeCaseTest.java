package io.jpaproto.processor.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written snake-case checks answer what the regular expressions of the proto style guide answer. */
class NamingSnakeCaseTest {
  private static final Pattern LOWER = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");
  private static final Pattern UPPER = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");
  /** Both cases, digits, underscores (single and doubled) and a few characters neither allows. */
  private static final String ALPHABET = "abzAZ09__$-é ";

  @Test
  void agreesWithTheRegularExpressionsOnRandomNames() {
    Random random = new Random(20261202);
    int lowerMatches = 0;
    int upperMatches = 0;
    for (int i = 0; i < 200_000; i++) {
      StringBuilder name = new StringBuilder();
      int length = random.nextInt(7);
      for (int j = 0; j < length; j++) {
        name.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      String text = name.toString();
      boolean lower = LOWER.matcher(text).matches();
      boolean upper = UPPER.matcher(text).matches();
      assertEquals(lower, Naming.isLowerSnakeCase(text), () -> "isLowerSnakeCase(\"" + text + "\")");
      assertEquals(upper, Naming.isUpperSnakeCase(text), () -> "isUpperSnakeCase(\"" + text + "\")");
      lowerMatches += lower ? 1 : 0;
      upperMatches += upper ? 1 : 0;
    }
    // The generator must produce names of both kinds, or the comparison above proves nothing.
    assertEquals(true, lowerMatches > 1_000 && upperMatches > 1_000, lowerMatches + " / " + upperMatches);
  }

  @Test
  void edgeCases() {
    for (String yes : new String[] {"a", "a1", "a_1", "line2_text", "a_b_c"}) {
      assertEquals(true, Naming.isLowerSnakeCase(yes), yes);
    }
    for (String no : new String[] {"", "_a", "a_", "a__b", "1a", "aB", "a-b", "é"}) {
      assertEquals(false, Naming.isLowerSnakeCase(no), no);
    }
    assertEquals(true, Naming.isUpperSnakeCase("IN_PROGRESS"));
    assertEquals(false, Naming.isUpperSnakeCase("IN__PROGRESS"));
  }
}
