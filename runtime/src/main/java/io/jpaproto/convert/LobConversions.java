package io.jpaproto.convert;

import static io.jpaproto.convert.Checks.nonNull;

import com.google.protobuf.ByteString;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.NClob;
import java.sql.SQLException;
import javax.sql.rowset.serial.SerialBlob;
import javax.sql.rowset.serial.SerialClob;
import javax.sql.rowset.serial.SerialException;

/**
 * Conversions between JDBC large objects and proto {@code bytes} ({@link Blob}) and {@code string} ({@link Clob},
 * {@link NClob}).
 *
 * <p>A large object a JPA provider loaded is read through its JDBC connection: call {@code toProto} inside the
 * transaction (or persistence context) that loaded the entity, as for lazy attributes. A large object that cannot be
 * read (a closed connection, more than 2 GiB, which no proto field holds) throws an {@link IllegalStateException} or
 * {@link ArithmeticException} naming the field. Values from proto become in-memory large objects
 * ({@link SerialBlob}, {@link SerialClob}), which JPA providers store as any other. A null value throws a
 * {@link NullPointerException} naming the field.
 */
public final class LobConversions {
  /** The most a proto {@code bytes} or {@code string} field can hold (2 GiB less a little). */
  private static final long MAX_LENGTH = Integer.MAX_VALUE - 8;

  private LobConversions() {}

  /**
   * Returns the content of a blob.
   *
   * @param v the blob, not null
   * @param field the proto field name, for exception messages
   * @return its bytes
   * @throws IllegalStateException if the blob cannot be read
   * @throws ArithmeticException if it is longer than a bytes field can hold
   */
  public static ByteString fromBlob(Blob v, String field) {
    nonNull(v, field);
    try {
      long length = checkLength(v.length(), field);
      return length == 0 ? ByteString.EMPTY : ByteString.copyFrom(v.getBytes(1, (int) length));
    } catch (SQLException e) {
      throw unreadable(field, e);
    }
  }

  /**
   * Returns a new in-memory blob holding the bytes.
   *
   * @param v the bytes, not null
   * @param field the proto field name, for exception messages
   * @return the blob
   */
  public static Blob toBlob(ByteString v, String field) {
    nonNull(v, field);
    try {
      return new SerialBlob(v.toByteArray());
    } catch (SQLException e) {
      throw unreadable(field, e);
    }
  }

  /**
   * Returns the text of a clob (or nclob).
   *
   * @param v the clob, not null
   * @param field the proto field name, for exception messages
   * @return its text
   * @throws IllegalStateException if the clob cannot be read
   * @throws ArithmeticException if it is longer than a string field can hold
   */
  public static String fromClob(Clob v, String field) {
    nonNull(v, field);
    try {
      long length = checkLength(v.length(), field);
      return length == 0 ? "" : v.getSubString(1, (int) length);
    } catch (SQLException e) {
      throw unreadable(field, e);
    }
  }

  /**
   * Returns a new in-memory clob holding the text.
   *
   * @param v the text, not null
   * @param field the proto field name, for exception messages
   * @return the clob
   */
  public static Clob toClob(String v, String field) {
    nonNull(v, field);
    try {
      return new SerialClob(v.toCharArray());
    } catch (SQLException e) {
      throw unreadable(field, e);
    }
  }

  /**
   * Returns the text of an nclob.
   *
   * @param v the nclob, not null
   * @param field the proto field name, for exception messages
   * @return its text
   * @throws IllegalStateException if the nclob cannot be read
   * @throws ArithmeticException if it is longer than a string field can hold
   */
  public static String fromNClob(NClob v, String field) {
    return fromClob(v, field);
  }

  /**
   * Returns a new in-memory nclob holding the text.
   *
   * @param v the text, not null
   * @param field the proto field name, for exception messages
   * @return the nclob
   */
  public static NClob toNClob(String v, String field) {
    nonNull(v, field);
    try {
      return new SerialNClob(v.toCharArray());
    } catch (SQLException e) {
      throw unreadable(field, e);
    }
  }

  private static long checkLength(long length, String field) {
    if (length > MAX_LENGTH) {
      throw new ArithmeticException(
          "field " + field + ": a large object of " + length + " bytes or characters does not fit in a proto field");
    }
    return length;
  }

  private static IllegalStateException unreadable(String field, SQLException e) {
    return new IllegalStateException("field " + field + ": the large object cannot be read (" + e.getMessage()
        + "); read the entity inside the transaction that loaded it", e);
  }

  /** An in-memory {@link NClob}: a {@link SerialClob} that says it holds national characters. */
  private static final class SerialNClob extends SerialClob implements NClob {
    private static final long serialVersionUID = 1L;

    SerialNClob(char[] text) throws SerialException, SQLException {
      super(text);
    }
  }
}
