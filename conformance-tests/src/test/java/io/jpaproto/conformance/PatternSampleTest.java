package io.jpaproto.conformance;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The suite's sampler draws varied values that the pattern matches, and names what it cannot draw. */
class PatternSampleTest {
  @ParameterizedTest
  @ValueSource(strings = {"\\d{10}", "[A-Z]{2}\\d{4}", "(?:ab|cd)+x?", "[^a-z]{3}", "[a-z]+( [a-z]+)*",
      "\\w{2,5}@\\w+\\.com", "a.c", "[-a-c]{1,}", "x{2,}?y"})
  void drawsVariedValuesThePatternMatches(String pattern) {
    Random random = new Random(7);
    Set<String> drawn = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      drawn.add(PatternSample.of(pattern, random)); // throws if the draw does not match
    }
    assertTrue(drawn.size() > 1, () -> pattern + " always drew " + drawn);
  }

  @ParameterizedTest
  @ValueSource(strings = {"(?=a)b", "\\p{Lu}", "a|^b"})
  void refusesWhatItCannotDraw(String pattern) {
    AssertionError error = assertThrows(AssertionError.class, () -> PatternSample.of(pattern, new Random(1)));
    assertTrue(error.getMessage().contains("teach PatternSample"), error.getMessage());
  }
}
