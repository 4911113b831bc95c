package io.jpaproto.processor.validate;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A Bean Validation {@code @Pattern} as the RE2 expression {@code string.pattern} takes, or the construct RE2 cannot
 * run. protovalidate matches patterns with RE2 (in Java, Go, C++, Python and, through a port, TypeScript), which has no
 * back references, look-around, atomic groups or possessive quantifiers, reads some escapes differently, and searches
 * where {@code @Pattern} matches the whole value: the translation anchors the expression ({@code ^(?:...)$}), turns
 * {@code \}{@code uXXXX} and named groups into their RE2 spelling, and puts the flags that have an RE2 meaning
 * ({@code CASE_INSENSITIVE}, {@code MULTILINE}, {@code DOTALL}) on the group.
 *
 * <p>Differences that remain, documented in the README: RE2's {@code (?i)} folds all of Unicode where Java's
 * {@code CASE_INSENSITIVE} folds ASCII only, and RE2's {@code .} excludes only {@code \n} where Java's excludes
 * {@code \r}, {@code \u0085}, {@code \u2028} and {@code \u2029} too.
 *
 * @param expression the RE2 expression, or {@code null} when {@link #problem} says why there is none
 * @param problem the construct RE2 cannot run, as a noun phrase, or {@code null}
 */
record Re2Pattern(String expression, String problem) {
  /** RE2's largest repetition count. */
  private static final int MAX_REPEAT = 1000;
  private static final Set<String> CATEGORIES = Set.of("L", "Lu", "Ll", "Lt", "Lm", "Lo", "M", "Mn", "Mc", "Me", "N",
      "Nd", "Nl", "No", "P", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "S", "Sm", "Sc", "Sk", "So", "Z", "Zs", "Zl",
      "Zp", "C", "Cc", "Cf", "Co", "Cs");
  private static final Set<String> SCRIPTS = Set.of("Arabic", "Armenian", "Bengali", "Common", "Cyrillic",
      "Devanagari", "Georgian", "Greek", "Han", "Hangul", "Hebrew", "Hiragana", "Katakana", "Latin", "Thai");

  /** The RE2 form of {@code regexp} with the {@code Pattern.Flag} constants named in {@code flags}. */
  static Re2Pattern of(String regexp, List<String> flags) {
    try {
      Pattern.compile(regexp);
    } catch (PatternSyntaxException e) {
      return refused("an expression Java cannot compile either (" + e.getDescription() + ")");
    }
    StringBuilder groupFlags = new StringBuilder();
    for (String flag : flags) {
      switch (flag) {
        case "CASE_INSENSITIVE" -> groupFlags.append('i');
        case "MULTILINE" -> groupFlags.append('m');
        case "DOTALL" -> groupFlags.append('s');
        // RE2's '.' already stops only at \n, and its case folding is Unicode's.
        case "UNIX_LINES", "UNICODE_CASE" -> { }
        default -> {
          return refused("the flag Pattern.Flag." + flag);
        }
      }
    }
    Translation translation = new Translation(regexp);
    String body = translation.run();
    if (translation.problem != null) {
      return refused(translation.problem);
    }
    return new Re2Pattern("^(?" + groupFlags + ":" + body + ")$", null);
  }

  private static Re2Pattern refused(String problem) {
    return new Re2Pattern(null, problem);
  }

  /** One pass over the expression, copying what RE2 reads alike and stopping at the first construct it cannot. */
  private static final class Translation {
    private final String in;
    private final StringBuilder out = new StringBuilder();
    private int at;
    private int classDepth;
    private String problem;

    Translation(String in) {
      this.in = in;
    }

    String run() {
      while (at < in.length() && problem == null) {
        char c = in.charAt(at);
        switch (c) {
          case '\\' -> escape();
          case '[' -> openClass();
          case ']' -> {
            if (classDepth > 0) {
              classDepth--;
            }
            copy(1);
          }
          case '&' -> {
            if (classDepth > 0 && in.startsWith("&&", at)) {
              problem = "a character class intersection (&&)";
            } else {
              copy(1);
            }
          }
          case '(' -> group();
          case '*', '+', '?' -> quantifier(1);
          case '{' -> repetition();
          default -> copy(1);
        }
      }
      return out.toString();
    }

    private void copy(int length) {
      out.append(in, at, at + length);
      at += length;
    }

    private void escape() {
      if (at + 1 >= in.length()) {
        copy(1);
        return;
      }
      char next = in.charAt(at + 1);
      switch (next) {
        case '1', '2', '3', '4', '5', '6', '7', '8', '9' -> problem = "a back reference (\\" + next + ")";
        case 'k' -> problem = "a named back reference (\\k<name>)";
        case '0' -> problem = "an octal escape (\\0); write \\x{...}";
        case 'G' -> problem = "\\G (the end of the previous match)";
        case 'Z' -> problem = "\\Z (before a final line terminator); write \\z";
        case 'R' -> problem = "\\R (any line break)";
        case 'X' -> problem = "\\X (a grapheme cluster)";
        case 'h', 'H' -> problem = "\\" + next + " (horizontal whitespace); write a class such as [ \\t]";
        case 'v', 'V' -> problem = "\\" + next + " (vertical whitespace in Java, a vertical tab in RE2)";
        case 'e' -> problem = "\\e (escape); write \\x1B";
        case 'c' -> problem = "a control character escape (\\c); write \\x{...}";
        case 'N' -> problem = "a named character (\\N{...}); write \\x{...}";
        case 'u' -> unicodeEscape();
        case 'p', 'P' -> property(next);
        case 'Q' -> quoted();
        default -> copy(2);
      }
    }

    /** {@code \}{@code uXXXX}, a UTF-16 unit; a surrogate pair of them is one code point. */
    private void unicodeEscape() {
      int unit = hex4(at + 2);
      if (unit < 0) {
        copy(2);
        return;
      }
      int codePoint = unit;
      int length = 6;
      if (Character.isHighSurrogate((char) unit) && in.startsWith("\\u", at + 6)) {
        int low = hex4(at + 8);
        if (low >= 0 && Character.isLowSurrogate((char) low)) {
          codePoint = Character.toCodePoint((char) unit, (char) low);
          length = 12;
        }
      }
      if (Character.isSurrogate((char) codePoint) && codePoint == unit) {
        problem = "a lone surrogate (\\u" + in.substring(at + 2, at + 6) + "), which is no character";
        return;
      }
      out.append("\\x{").append(Integer.toHexString(codePoint).toUpperCase(java.util.Locale.ROOT)).append('}');
      at += length;
    }

    private int hex4(int from) {
      if (from + 4 > in.length()) {
        return -1;
      }
      int value = 0;
      for (int i = from; i < from + 4; i++) {
        int digit = Character.digit(in.charAt(i), 16);
        if (digit < 0) {
          return -1;
        }
        value = value * 16 + digit;
      }
      return value;
    }

    /** {@code \p{Name}}: Unicode general categories and common scripts; Java's own classes have no RE2 spelling. */
    private void property(char letter) {
      String name;
      int length;
      if (at + 2 < in.length() && in.charAt(at + 2) == '{') {
        int close = in.indexOf('}', at + 3);
        name = in.substring(at + 3, close);
        length = close + 1 - at;
      } else {
        name = String.valueOf(in.charAt(at + 2));
        length = 3;
      }
      String re2 = name.startsWith("Is") ? name.substring(2) : name;
      if (name.startsWith("general_category=") || name.startsWith("gc=")) {
        re2 = name.substring(name.indexOf('=') + 1);
      } else if (name.startsWith("script=") || name.startsWith("sc=")) {
        re2 = name.substring(name.indexOf('=') + 1);
      }
      boolean category = CATEGORIES.contains(re2);
      boolean script = SCRIPTS.contains(re2) && (name.startsWith("Is") || name.contains("="));
      if (!category && !script) {
        problem = "the property \\" + letter + "{" + name + "}, which RE2 does not know; RE2 knows Unicode general "
            + "categories such as \\p{Lu} and scripts such as \\p{Greek}";
        return;
      }
      out.append('\\').append(letter).append('{').append(re2).append('}');
      at += length;
    }

    /** {@code \Q...\E}, which RE2 reads alike: copied whole, nothing inside is syntax. */
    private void quoted() {
      int end = in.indexOf("\\E", at + 2);
      int stop = end < 0 ? in.length() : end + 2;
      copy(stop - at);
    }

    private void openClass() {
      if (classDepth > 0) {
        problem = in.startsWith("[:", at)
            ? "a POSIX class written [[:name:]], which Java reads as a set of characters; write \\p{...} or a range"
            : "a nested character class (a union such as [a-z[0-9]]); write one class";
        return;
      }
      classDepth++;
      copy(1);
      // A ']' or '^]' right after '[' is a literal in both.
      if (at < in.length() && in.charAt(at) == '^') {
        copy(1);
      }
      if (at < in.length() && in.charAt(at) == ']') {
        copy(1);
      }
    }

    private void group() {
      if (classDepth > 0 || !in.startsWith("(?", at)) {
        copy(1);
        return;
      }
      String rest = in.substring(at + 2);
      if (rest.startsWith(":")) {
        copy(3);
      } else if (rest.startsWith("=") || rest.startsWith("!")) {
        problem = "a look-ahead (?" + rest.charAt(0) + "...)";
      } else if (rest.startsWith("<=") || rest.startsWith("<!")) {
        problem = "a look-behind (?" + rest.substring(0, 2) + "...)";
      } else if (rest.startsWith(">")) {
        problem = "an atomic group (?>...)";
      } else if (rest.startsWith("<")) {
        // A named group: RE2 spells it (?P<name>...); the name does not change what matches.
        out.append("(?P<");
        at += 3;
      } else {
        inlineFlags();
      }
    }

    private void inlineFlags() {
      int i = at + 2;
      while (i < in.length() && in.charAt(i) != ')' && in.charAt(i) != ':') {
        char flag = in.charAt(i);
        if (flag != 'i' && flag != 'm' && flag != 's' && flag != '-') {
          problem = "the inline flag (?" + flag + ")" + (flag == 'U'
              ? ", which means Unicode classes in Java and lazy quantifiers in RE2"
              : "");
          return;
        }
        i++;
      }
      copy(i + 1 - at);
    }

    private void quantifier(int length) {
      copy(length);
      if (classDepth == 0 && at < in.length() && in.charAt(at) == '+') {
        problem = "a possessive quantifier (" + in.substring(at - length, at + 1) + ")";
      }
    }

    private void repetition() {
      if (classDepth > 0) {
        copy(1);
        return;
      }
      int close = in.indexOf('}', at);
      String inside = close < 0 ? "" : in.substring(at + 1, close);
      if (!inside.matches("\\d+(,\\d*)?")) {
        copy(1);
        return;
      }
      for (String count : inside.split(",")) {
        if (!count.isEmpty() && (count.length() > 4 || Integer.parseInt(count) > MAX_REPEAT)) {
          problem = "a repetition count above " + MAX_REPEAT + " ({" + inside + "})";
          return;
        }
      }
      quantifier(close + 1 - at);
    }
  }
}
