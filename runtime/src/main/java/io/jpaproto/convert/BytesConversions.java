package io.jpaproto.convert;

import static io.jpaproto.convert.Checks.nonNull;

import com.google.protobuf.ByteString;
import com.google.protobuf.UnsafeByteOperations;

/**
 * Conversions between byte arrays and a proto {@code bytes} held as a {@link ByteString}.
 *
 * <p>Arrays are copied in both directions, so neither side can change the other afterwards. Every method takes a
 * non-null value and the proto field name, which is used only in exception messages; a null value throws a
 * {@link NullPointerException} naming the field.
 */
public final class BytesConversions {

  private BytesConversions() {}

  /**
   * Returns a copy of a byte array as a {@link ByteString}.
   *
   * @param v the bytes, not null
   * @param field the proto field name, for exception messages
   * @return the bytes
   */
  public static ByteString fromByteArray(byte[] v, String field) {
    nonNull(v, field);
    return ByteString.copyFrom(v);
  }

  /**
   * Returns the bytes of a {@link ByteString} as a new array.
   *
   * @param v the bytes, not null
   * @param field the proto field name, for exception messages
   * @return a new array
   */
  public static byte[] toByteArray(ByteString v, String field) {
    nonNull(v, field);
    return v.toByteArray();
  }

  /**
   * Returns the bytes of a boxed byte array as a {@link ByteString}.
   *
   * @param v the bytes, not null and without null elements
   * @param field the proto field name, for exception messages
   * @return the bytes
   * @throws IllegalArgumentException if an element is null
   */
  public static ByteString fromByteObjectArray(Byte[] v, String field) {
    nonNull(v, field);
    byte[] bytes = new byte[v.length];
    for (int i = 0; i < bytes.length; i++) {
      Byte b = v[i];
      if (b == null) {
        throw new IllegalArgumentException(
            "field " + field + ": element " + i + " of the Byte[] of length " + v.length + " is null");
      }
      bytes[i] = b;
    }
    // The array is ours and never escapes, so wrapping it without a second copy is safe.
    return UnsafeByteOperations.unsafeWrap(bytes);
  }

  /**
   * Returns the bytes of a {@link ByteString} as a new boxed array.
   *
   * @param v the bytes, not null
   * @param field the proto field name, for exception messages
   * @return a new array
   */
  public static Byte[] toByteObjectArray(ByteString v, String field) {
    nonNull(v, field);
    Byte[] result = new Byte[v.size()];
    ByteString.ByteIterator bytes = v.iterator();
    for (int i = 0; i < result.length; i++) {
      result[i] = bytes.nextByte();
    }
    return result;
  }
}
