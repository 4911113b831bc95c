package io.jpaproto.grpc;

/**
 * Keeps client text in status messages small: gRPC sends a status message in the response's trailers, which clients
 * limit (8 KiB by default in grpc-java), so an error that echoed a 40,000-character {@code order_by} would outgrow
 * them and stall the connection. Every echo of client text goes through {@link #quote}, and {@link Statuses} passes
 * every description through {@link #limit}.
 */
final class Texts {
  /** The most characters of one piece of client text a status message echoes. */
  static final int MAX_ECHO = 200;
  /** The most characters of a whole status message. */
  static final int MAX_DESCRIPTION = 1000;
  private static final String ELLIPSIS = "\u2026";

  private Texts() {
  }

  /** {@code text} in double quotes, cut to {@link #MAX_ECHO} characters with an ellipsis. */
  static String quote(String text) {
    return '"' + cut(text, MAX_ECHO) + '"';
  }

  /** {@code text}, cut to {@code max} characters (never inside a surrogate pair) with an ellipsis. */
  static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
    return text.substring(0, end) + ELLIPSIS;
  }

  /**
   * A status description that echoes no more than {@link #MAX_ECHO} characters of any quoted text (as the mappers
   * quote an unknown update-mask path or a bad value) and is at most {@link #MAX_DESCRIPTION} characters long.
   */
  static String limit(String description) {
    if (description == null || description.length() <= MAX_ECHO) {
      return description;
    }
    StringBuilder out = new StringBuilder();
    int at = 0;
    while (at < description.length()) {
      int open = description.indexOf('"', at);
      if (open < 0) {
        out.append(description, at, description.length());
        break;
      }
      int close = description.indexOf('"', open + 1);
      int end = close < 0 ? description.length() : close;
      out.append(description, at, open + 1).append(cut(description.substring(open + 1, end), MAX_ECHO));
      if (close < 0) {
        break;
      }
      out.append('"');
      at = close + 1;
    }
    return cut(out.toString(), MAX_DESCRIPTION);
  }
}
