package io.jpaproto.processor.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link JavadocText#clean}'s shortcut for plain one-line comments answers what the full cleaning answers. The oracle
 * is the full cleaning as it was before the shortcut, line by line, minus inline tags (the generator writes none
 * complete, so a {@code {} only sends a comment down the full path).
 */
class JavadocTextTest {
  private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][^>]*>");
  private static final String ALPHABET = "ab Z.\t\n\r@{<>&;x\u2028";

  @Test
  void agreesWithTheFullCleaningOnRandomComments() {
    Random random = new Random(42);
    int plain = 0;
    for (int i = 0; i < 100_000; i++) {
      StringBuilder comment = new StringBuilder();
      int length = random.nextInt(12);
      for (int j = 0; j < length; j++) {
        // Mostly letters and spaces, so that many comments are plain one-liners.
        comment.append(random.nextInt(4) > 0 ? ALPHABET.charAt(random.nextInt(5))
            : ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      String text = comment.toString();
      if (text.chars().noneMatch(c -> "\n\r\u2028@{<&".indexOf(c) >= 0)) {
        plain++;
      }
      if (text.indexOf('{') < 0) {
        assertEquals(fullCleaning(text), JavadocText.clean(text), () -> "clean(\"" + text + "\")");
      }
    }
    assertEquals(true, plain > 10_000, "plain comments generated: " + plain);
  }

  @Test
  void oneLineCommentsAreStripped() {
    assertEquals("The primary key.", JavadocText.clean(" The primary key. "));
    assertEquals(null, JavadocText.clean("   "));
    assertEquals("a < b", JavadocText.clean(" a &lt; b "));
    assertEquals("Name", JavadocText.clean(" Name\n @return it"));
  }

  private static String fullCleaning(String docComment) {
    List<String> lines = new ArrayList<>();
    for (String raw : docComment.split("\\R", -1)) {
      String line = raw.strip();
      if (line.startsWith("@")) {
        break;
      }
      line = HTML_TAG.matcher(line).replaceAll("");
      line = line.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
      lines.add(line.strip());
    }
    while (!lines.isEmpty() && lines.get(0).isEmpty()) {
      lines.remove(0);
    }
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    List<String> collapsed = new ArrayList<>();
    for (String line : lines) {
      if (!(line.isEmpty() && !collapsed.isEmpty() && collapsed.get(collapsed.size() - 1).isEmpty())) {
        collapsed.add(line);
      }
    }
    return collapsed.isEmpty() ? null : String.join("\n", collapsed);
  }
}
