package io.jpaproto.processor.write;

import java.util.ArrayList;
import java.util.List;

/** A line diff of two texts (longest common subsequence), for check-mode messages. */
public final class TextDiff {
  private TextDiff() {
  }

  /** How a line of the diff differs. */
  public enum Change { SAME, REMOVED, ADDED }

  /**
   * One line of the diff.
   *
   * @param change whether the line is in both texts, only in the expected one or only in the actual one
   * @param text the line
   * @param expectedLine its 1-based line number in the expected text, or 0 when it is only in the actual one
   * @param actualLine its 1-based line number in the actual text, or 0 when it is only in the expected one
   */
  public record Line(Change change, String text, int expectedLine, int actualLine) {
    /** The line as a unified diff shows it: {@code "+ text"}, {@code "- text"} or {@code "  text"}. */
    public String marked() {
      return switch (change) {
        case SAME -> "  " + text;
        case REMOVED -> "- " + text;
        case ADDED -> "+ " + text;
      };
    }
  }

  /** Every line of {@code expected} and {@code actual}, in order, each marked as kept, removed or added. */
  public static List<Line> lines(String expected, String actual) {
    String[] a = expected.split("\n", -1);
    String[] b = actual.split("\n", -1);
    int[][] common = new int[a.length + 1][b.length + 1];
    for (int i = a.length - 1; i >= 0; i--) {
      for (int j = b.length - 1; j >= 0; j--) {
        common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    List<Line> lines = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.length || j < b.length) {
      if (i < a.length && j < b.length && a[i].equals(b[j])) {
        lines.add(new Line(Change.SAME, a[i], ++i, ++j));
      } else if (i < a.length && (j == b.length || common[i + 1][j] >= common[i][j + 1])) {
        lines.add(new Line(Change.REMOVED, a[i], ++i, 0));
      } else {
        lines.add(new Line(Change.ADDED, b[j], 0, ++j));
      }
    }
    return lines;
  }
}
