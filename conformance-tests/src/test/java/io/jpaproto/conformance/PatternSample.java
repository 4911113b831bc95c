package io.jpaproto.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A random string that a Bean Validation {@code @Pattern} (and so the {@code string.pattern} rule the processor
 * derives from it) accepts, for the regular expressions real models write: literals and escapes, {@code \d \w \s},
 * {@code .}, character classes with ranges (negated too), groups, alternation and the quantifiers
 * {@code ? * + {n} {n,} {n,m}}. Anything else is a test failure naming the construct, so a new model with a richer
 * pattern says what the suite must learn.
 */
final class PatternSample {
  /** Most repetitions an open quantifier ({@code *}, {@code +}, {@code {n,}}) draws beyond its minimum. */
  private static final int OPEN_EXTRA = 4;
  private static final String WORD = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_";
  private static final String DIGITS = "0123456789";
  private static final String SPACE = " \t";
  /** What a negated class or {@code .} draws from, before removing what the class excludes. */
  private static final String ANY = WORD + " -.,:;!?@#";

  private final String pattern;
  private final Random random;
  private int at;

  private PatternSample(String pattern, Random random) {
    this.pattern = pattern;
    this.random = random;
  }

  /** A string {@code pattern} matches whole. */
  static String of(String pattern, Random random) {
    PatternSample sample = new PatternSample(pattern, random);
    StringBuilder out = new StringBuilder();
    sample.alternation(out);
    if (sample.at != pattern.length()) {
      throw sample.unsupported();
    }
    if (!java.util.regex.Pattern.matches(pattern, out)) {
      throw new AssertionError("the sample \"" + out + "\" of /" + pattern + "/ does not match it");
    }
    return out.toString();
  }

  private void alternation(StringBuilder out) {
    List<StringBuilder> branches = new ArrayList<>();
    do {
      StringBuilder branch = new StringBuilder();
      sequence(branch);
      branches.add(branch);
    } while (at < pattern.length() && pattern.charAt(at) == '|' && ++at > 0);
    out.append(branches.get(random.nextInt(branches.size())));
  }

  private void sequence(StringBuilder out) {
    while (at < pattern.length() && pattern.charAt(at) != '|' && pattern.charAt(at) != ')') {
      // Read the atom once to find its quantifier, then draw it as many times as the quantifier says.
      int atomStart = at;
      atom(new StringBuilder());
      int[] counts = quantifier();
      int times = counts[0] + (counts[1] > counts[0] ? random.nextInt(counts[1] - counts[0] + 1) : 0);
      int after = at;
      for (int i = 0; i < times; i++) {
        at = atomStart;
        atom(out);
      }
      at = after;
    }
  }

  private void atom(StringBuilder out) {
    char c = pattern.charAt(at);
    switch (c) {
      case '(' -> {
        at++;
        if (pattern.startsWith("?:", at)) {
          at += 2;
        } else if (pattern.charAt(at) == '?') {
          throw unsupported();
        }
        alternation(out);
        expect(')');
      }
      case '[' -> out.append(characterClass());
      case '.' -> {
        at++;
        out.append(pick(ANY));
      }
      case '\\' -> out.append(pick(escape()));
      case '^', '$', '*', '+', '?', '{' -> throw unsupported();
      default -> {
        at++;
        out.append(c);
      }
    }
  }

  /** The characters an escape stands for; one character for an escaped literal. */
  private String escape() {
    char c = pattern.charAt(at + 1);
    at += 2;
    return switch (c) {
      case 'd' -> DIGITS;
      case 'w' -> WORD;
      case 's' -> SPACE;
      case 'D', 'W', 'S', 'b', 'B', 'p', 'P', 'u', 'x', 'Q' -> {
        at -= 2;
        throw unsupported();
      }
      default -> String.valueOf(c);
    };
  }

  private char characterClass() {
    at++;
    boolean negated = pattern.charAt(at) == '^';
    if (negated) {
      at++;
    }
    StringBuilder members = new StringBuilder();
    boolean first = true;
    while (pattern.charAt(at) != ']' || first) {
      first = false;
      String from = pattern.charAt(at) == '\\' ? escape() : String.valueOf(pattern.charAt(at++));
      if (from.length() == 1 && pattern.charAt(at) == '-' && pattern.charAt(at + 1) != ']') {
        at++;
        String to = pattern.charAt(at) == '\\' ? escape() : String.valueOf(pattern.charAt(at++));
        for (char member = from.charAt(0); member <= to.charAt(0); member++) {
          members.append(member);
        }
      } else {
        members.append(from);
      }
    }
    at++;
    if (!negated) {
      return pick(members.toString());
    }
    StringBuilder allowed = new StringBuilder();
    ANY.chars().filter(member -> members.indexOf(String.valueOf((char) member)) < 0)
        .forEach(member -> allowed.append((char) member));
    return pick(allowed.toString());
  }

  /** The least and most repetitions of the quantifier at {@link #at}; {@code {1, 1}} without one. */
  private int[] quantifier() {
    if (at >= pattern.length()) {
      return new int[] {1, 1};
    }
    char c = pattern.charAt(at);
    int[] counts;
    if (c == '?' || c == '*' || c == '+') {
      counts = c == '?' ? new int[] {0, 1} : c == '*' ? new int[] {0, OPEN_EXTRA} : new int[] {1, 1 + OPEN_EXTRA};
      at++;
    } else if (c != '{') {
      return new int[] {1, 1};
    } else {
      int close = pattern.indexOf('}', at);
      String[] bounds = pattern.substring(at + 1, close).split(",", -1);
      int least = Integer.parseInt(bounds[0]);
      int most = bounds.length == 1 ? least : bounds[1].isEmpty() ? least + OPEN_EXTRA : Integer.parseInt(bounds[1]);
      counts = new int[] {least, most};
      at = close + 1;
    }
    if (at < pattern.length() && pattern.charAt(at) == '?') {
      at++; // lazy: the same strings match
    }
    return counts;
  }

  private char pick(String choices) {
    return choices.charAt(random.nextInt(choices.length()));
  }

  private void expect(char c) {
    if (at >= pattern.length() || pattern.charAt(at) != c) {
      throw unsupported();
    }
    at++;
  }

  private AssertionError unsupported() {
    return new AssertionError("the conformance suite cannot draw a value for @Pattern(regexp = \"" + pattern
        + "\"): it does not know the construct at position " + at + " (\"" + pattern.substring(Math.min(at,
        pattern.length())) + "\"); teach PatternSample, or give the model a simpler pattern");
  }
}
