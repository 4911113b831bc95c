package io.jpaproto.convert;

import com.google.protobuf.ByteString;

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

  /**
   * Returns a relation's id when the message holds one: a required relation whose id field has no presence (a proto3
   * scalar) is missing when the id is 0.
   *
   * @param id the id as the message holds it
   * @param field the proto field name, for the exception message
   * @return {@code id}
   * @throws IllegalArgumentException if {@code id} is 0
   */
  public static long requiredId(long id, String field) {
    if (id == 0) {
      throw missing(field);
    }
    return id;
  }

  /** As {@link #requiredId(long, String)}, for {@code int32} ids. */
  public static int requiredId(int id, String field) {
    if (id == 0) {
      throw missing(field);
    }
    return id;
  }

  /** As {@link #requiredId(long, String)}, for {@code string} ids: missing when empty. */
  public static String requiredId(String id, String field) {
    if (id.isEmpty()) {
      throw missing(field);
    }
    return id;
  }

  /** As {@link #requiredId(long, String)}, for {@code bytes} ids: missing when empty. */
  public static ByteString requiredId(ByteString id, String field) {
    if (id.isEmpty()) {
      throw missing(field);
    }
    return id;
  }

  private static IllegalArgumentException missing(String field) {
    return new IllegalArgumentException("field " + field + " is required: without it (0 or empty) it names no related entity");
  }
}
