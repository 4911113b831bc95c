package io.jpaproto.processor.write;

import java.util.ArrayList;
import java.util.List;

/** A small unified diff of two texts, for check-mode messages. */
public final class TextDiff {
  private static final int CONTEXT = 2;

  private TextDiff() {
  }

  /** Lines of {@code expected} and {@code actual} as a unified diff ({@code -} expected, {@code +} actual). */
  public static String unified(String expectedName, String expected, String actualName, String actual) {
    String[] a = expected.split("\n", -1);
    String[] b = actual.split("\n", -1);
    int[][] common = new int[a.length + 1][b.length + 1];
    for (int i = a.length - 1; i >= 0; i--) {
      for (int j = b.length - 1; j >= 0; j--) {
        common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    List<String> lines = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.length || j < b.length) {
      if (i < a.length && j < b.length && a[i].equals(b[j])) {
        lines.add("  " + a[i]);
        i++;
        j++;
      } else if (j < b.length && (i == a.length || common[i][j + 1] >= common[i + 1][j])) {
        lines.add("+ " + b[j++]);
      } else {
        lines.add("- " + a[i++]);
      }
    }
    StringBuilder out = new StringBuilder("--- ").append(expectedName).append("\n+++ ").append(actualName).append('\n');
    int lastPrinted = -1;
    for (int k = 0; k < lines.size(); k++) {
      if (lines.get(k).startsWith("  ") && !nearChange(lines, k)) {
        continue;
      }
      if (lastPrinted >= 0 && k > lastPrinted + 1) {
        out.append("  ...\n");
      }
      out.append(lines.get(k)).append('\n');
      lastPrinted = k;
    }
    return out.toString();
  }

  private static boolean nearChange(List<String> lines, int index) {
    for (int k = Math.max(0, index - CONTEXT); k <= Math.min(lines.size() - 1, index + CONTEXT); k++) {
      if (!lines.get(k).startsWith("  ")) {
        return true;
      }
    }
    return false;
  }
}
