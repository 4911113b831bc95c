package io.jpaproto.convert;

/** Presence checks generated mappers make where the schema says a value must be there. */
public final class Presence {
  private Presence() {
  }

  /**
   * Returns {@code value}, or throws when it is {@code null} (for example an enum field left at its
   * {@code _UNSPECIFIED} value where the entity requires a value).
   *
   * @param value the converted value, may be null
   * @param field the proto field name, for the exception message
   * @param <T> the value type
   * @return the value, never null
   * @throws IllegalArgumentException if the value is null
   */
  public static <T> T required(T value, String field) {
    if (value == null) {
      throw new IllegalArgumentException("field " + field + ": a value is required");
    }
    return value;
  }
}
