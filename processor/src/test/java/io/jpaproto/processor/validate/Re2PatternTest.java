package io.jpaproto.processor.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a {@code @Pattern} becomes an RE2 {@code string.pattern}, or which construct RE2 cannot run. */
class Re2PatternTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "[A-Z]{2}\\d{4}                | ^(?:[A-Z]{2}\\d{4})$",
      "`a|b`                         | `^(?:a|b)$`",
      "\\u00e9t\\u00e9               | ^(?:\\x{E9}t\\x{E9})$",
      "\\uD83D\\uDE00+               | ^(?:\\x{1F600}+)$",
      "(?<year>\\d{4})-\\d{2}        | ^(?:(?P<year>\\d{4})-\\d{2})$",
      "\\p{Lu}\\p{IsLatin}\\pL       | ^(?:\\p{Lu}\\p{Latin}\\p{L})$",
      "\\Q(?=x)\\E                   | ^(?:\\Q(?=x)\\E)$",
      "[]a]x*?                       | ^(?:[]a]x*?)$",
      "(?i)abc{2,1000}               | ^(?:(?i)abc{2,1000})$",
  })
  void translates(String java, String re2) {
    Re2Pattern pattern = Re2Pattern.of(java.strip(), List.of());
    assertNull(pattern.problem(), pattern.problem());
    assertEquals(re2.strip(), pattern.expression());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "(a)\\1                 | a back reference (\\1)",
      "(?<n>a)\\k<n>          | a named back reference (\\k<name>)",
      "a(?=b)                 | a look-ahead (?=...)",
      "a(?!b)                 | a look-ahead (?!...)",
      "(?<=a)b                | a look-behind (?<=...)",
      "(?>ab)                 | an atomic group (?>...)",
      "a++                    | a possessive quantifier (++)",
      "a{2}+                  | a possessive quantifier ({2}+)",
      "[a-z&&[^aeiou]]        | a character class intersection (&&)",
      "[a-d[m-p]]             | a nested character class (a union such as [a-z[0-9]]); write one class",
      "\\p{javaLowerCase}     | the property \\p{javaLowerCase}, which RE2 does not know; RE2 knows Unicode general categories such as \\p{Lu} and scripts such as \\p{Greek}",
      "\\p{InGreek}           | the property \\p{InGreek}, which RE2 does not know; RE2 knows Unicode general categories such as \\p{Lu} and scripts such as \\p{Greek}",
      "a\\Z                   | \\Z (before a final line terminator); write \\z",
      "\\h+                   | \\h (horizontal whitespace); write a class such as [ \\t]",
      "(?x) a b               | the inline flag (?x)",
      "(?U)\\w                | 'the inline flag (?U), which means Unicode classes in Java and lazy quantifiers in RE2'",
      "a{1001}                | a repetition count above 1000 ({1001})",
      "\\uD83D                | a lone surrogate (\\uD83D), which is no character",
      "(                      | an expression Java cannot compile either (Unclosed group)",
  })
  void refuses(String java, String problem) {
    Re2Pattern pattern = Re2Pattern.of(java.strip(), List.of());
    assertNull(pattern.expression());
    assertEquals(problem.strip(), pattern.problem());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "CASE_INSENSITIVE                  | ^(?i:a)$",
      "CASE_INSENSITIVE,MULTILINE,DOTALL | ^(?ims:a)$",
      "UNIX_LINES,UNICODE_CASE           | ^(?:a)$",
  })
  void theFlagsRe2HasGoOnTheGroup(String flags, String re2) {
    assertEquals(re2.strip(), Re2Pattern.of("a", List.of(flags.strip().split(","))).expression());
  }

  @ParameterizedTest
  @CsvSource({"COMMENTS", "CANON_EQ"})
  void flagsRe2LacksAreRefused(String flag) {
    assertEquals("the flag Pattern.Flag." + flag, Re2Pattern.of("a", List.of(flag)).problem());
  }
}
