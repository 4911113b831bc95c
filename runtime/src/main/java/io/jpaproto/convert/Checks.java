package io.jpaproto.convert;

/** Null checks and message helpers shared by the built-in conversions; error paths only allocate. */
final class Checks {

  /** Longest piece of an offending text quoted in an exception message. */
  static final int MAX_QUOTED = 100;

  private Checks() {}

  /** Returns {@code value}, or throws a {@link NullPointerException} naming {@code field}. */
  static <T> T nonNull(T value, String field) {
    if (value == null) {
      throw new NullPointerException("field " + field + ": value is null");
    }
    return value;
  }

  /** {@code text} in double quotes, cut after {@link #MAX_QUOTED} characters so huge inputs do not flood logs. */
  static String quote(String text) {
    if (text.length() <= MAX_QUOTED) {
      return '"' + text + '"';
    }
    return '"' + text.substring(0, MAX_QUOTED) + "\"... (" + text.length() + " chars)";
  }
}
