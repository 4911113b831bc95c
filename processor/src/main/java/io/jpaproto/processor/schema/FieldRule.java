package io.jpaproto.processor.schema;

/**
 * One {@code buf.validate} rule of a generated field, written as the field option
 * {@code (buf.validate.field).<path> = <value>}.
 *
 * @param path the rule below {@code buf.validate.field}, such as {@code string.max_len} or {@code required}
 * @param value the option value as proto text: a number, {@code true} or a quoted string; for a message literal
 *     (a {@code cel} rule) its fields, one {@code name: value} per line, without the braces
 * @param message whether {@code value} holds a message literal's fields
 */
public record FieldRule(String path, String value, boolean message) {

  /** A standard rule, reported under its own path: a string value is quoted, others written as they print. */
  public static FieldRule of(String path, Object value) {
    return new FieldRule(path, value instanceof String text ? quote(text) : String.valueOf(value), false);
  }

  /** A standard rule whose value is written as it is: a number. */
  public static FieldRule literal(String path, String value) {
    return new FieldRule(path, value, false);
  }

  /**
   * A CEL rule ({@code (buf.validate.field).cel}) with its id (what protovalidate reports for a violation), message
   * and expression over {@code this}; where the field is repeated or a map, {@code prefix} puts it on each item or
   * value ({@code repeated.items.}).
   */
  public static FieldRule cel(String prefix, String id, String message, String expression) {
    return new FieldRule(prefix + "cel", "id: " + quote(id) + "\nmessage: " + quote(message) + "\nexpression: "
        + quote(expression), true);
  }

  /** {@code text} as a proto string literal: quoted, with backslashes and quotes escaped. */
  public static String quote(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '"' -> out.append("\\\"");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            out.append(String.format("\\%03o", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
