package io.jpaproto.processor.discover;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a Javadoc comment into plain text for a proto comment: the main description only (block tags such as
 * {@code @param} are dropped), inline tags reduced to their text, HTML tags removed, blank lines at either end trimmed.
 */
public final class JavadocText {
  private static final Pattern INLINE_TAG = Pattern.compile("\\{@(\\w+)\\s*([^}]*)}");
  private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][^>]*>");

  private JavadocText() {
  }

  /** The cleaned text, or {@code null} when nothing is left. */
  public static String clean(String docComment) {
    if (docComment == null) {
      return null;
    }
    if (isPlainLine(docComment)) {
      String line = docComment.strip();
      return line.isEmpty() ? null : line;
    }
    List<String> lines = new ArrayList<>();
    for (String raw : docComment.split("\\R", -1)) {
      String line = raw.strip();
      if (line.startsWith("@")) {
        break;
      }
      line = replaceInlineTags(line);
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
      if (line.isEmpty() && !collapsed.isEmpty() && collapsed.get(collapsed.size() - 1).isEmpty()) {
        continue;
      }
      collapsed.add(line);
    }
    return collapsed.isEmpty() ? null : String.join("\n", collapsed);
  }

  /**
   * Whether {@code docComment} is one line with nothing to clean (no tag, HTML or entity): what most comments on
   * fields are, and what {@link #clean} then only strips.
   */
  private static boolean isPlainLine(String docComment) {
    for (int i = 0; i < docComment.length(); i++) {
      switch (docComment.charAt(i)) {
        case '\n', '\r', '\u000B', '\f', '\u0085', '\u2028', '\u2029', '@', '{', '<', '&' -> {
          return false;
        }
        default -> { }
      }
    }
    return true;
  }

  private static String replaceInlineTags(String line) {
    Matcher matcher = INLINE_TAG.matcher(line);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String tag = matcher.group(1);
      String body = matcher.group(2).strip();
      String text;
      switch (tag) {
        case "link", "linkplain" -> {
          int space = body.indexOf(' ');
          text = space > 0 ? body.substring(space + 1).strip() : linkTarget(body);
        }
        case "inheritDoc" -> text = "";
        default -> text = body;
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(text));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  /** {@code java.util.List#size()} reads as {@code List.size}; {@code #name} as {@code name}. */
  private static String linkTarget(String reference) {
    String target = reference.replace('#', '.');
    int paren = target.indexOf('(');
    if (paren >= 0) {
      target = target.substring(0, paren);
    }
    String[] parts = target.startsWith(".") ? new String[] {target.substring(1)} : target.split("\\.");
    int firstType = parts.length - 1;
    for (int i = 0; i < parts.length; i++) {
      if (!parts[i].isEmpty() && Character.isUpperCase(parts[i].charAt(0))) {
        firstType = i;
        break;
      }
    }
    return String.join(".", java.util.Arrays.copyOfRange(parts, firstType, parts.length));
  }
}
