package io.jpaproto.grpc;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.CodedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Opaque, tamper-evident page tokens. A token says where the next page starts: after the row whose order values (the
 * {@code order_by} attributes' values, the id last) it carries, so the next page's query is a {@code WHERE} on those
 * values and costs what the first page costs (keyset paging), or, for an order over a type a token cannot carry, at
 * an offset. It is authenticated with HMAC-SHA256 under the service's key over the token and its query (entity,
 * order and filter), so a token that was forged, edited, or issued for another query or service is refused. Written
 * as unpadded base64url.
 */
final class PageToken {
  private static final int KEYSET = 2;
  private static final int OFFSET = 3;
  /** The bytes of the HMAC a token keeps: 128 bits. */
  private static final int MAC_BYTES = 16;
  /** Longer tokens are refused before any work: no token this service issues comes near. */
  private static final int MAX_TOKEN_CHARS = 8192;
  private static final String ALGORITHM = "HmacSHA256";
  private static final String REFUSED = "page_token is not a token this service issued for this order_by and filter; "
      + "list again without a page_token";

  /** Where a page starts: after a row ({@code values}, still encoded) or at {@code offset}. */
  record Start(byte[] values, long offset) {
    /** The first page. */
    static final Start FIRST = new Start(null, 0);

    boolean isFirst() {
      return values == null && offset == 0;
    }

    boolean isKeyset() {
      return values != null;
    }

    /**
     * The row's order values, each as an instance of its attribute's Java type.
     *
     * @throws IllegalArgumentException when they are not values of these types
     */
    List<Object> values(List<Class<?>> types) {
      try {
        CodedInputStream in = CodedInputStream.newInstance(values);
        List<Object> decoded = new ArrayList<>(types.size());
        for (Class<?> type : types) {
          decoded.add(OrderValues.read(in, type));
        }
        if (in.isAtEnd()) {
          return decoded;
        }
      } catch (IOException | RuntimeException e) {
        // Cut short, or another order's values: refused below.
      }
      throw new IllegalArgumentException(REFUSED);
    }
  }

  private final SecretKeySpec key;

  /** Tokens authenticated with {@code key}, at least 32 bytes. */
  PageToken(byte[] key) {
    if (key == null || key.length < 32) {
      throw new IllegalArgumentException("a page-token key needs at least 32 bytes");
    }
    this.key = new SecretKeySpec(key, ALGORITHM);
  }

  /** The scope a token is bound to: the entity (or other name of the service), the order and the filter. */
  static byte[] scope(String entity, OrderBy order, byte[] filter) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] name = entity.getBytes(StandardCharsets.UTF_8);
    byte[] keys = order.canonical().getBytes(StandardCharsets.UTF_8);
    writeLength(out, name.length);
    out.writeBytes(name);
    writeLength(out, keys.length);
    out.writeBytes(keys);
    out.writeBytes(filter);
    return out.toByteArray();
  }

  /**
   * The token of the page after the row with these order values, or {@code null} when a value has a type a token
   * cannot carry (then use {@link #offset}).
   */
  String after(List<?> values, byte[] scope) {
    byte[] encoded = encodeValues(values);
    return encoded == null ? null : sign(encoded, scope);
  }

  /**
   * Where the page after the row with these order values starts, as a stream walks on without a token; {@code null}
   * when a value has a type a token cannot carry.
   */
  static Start startAfter(List<?> values) {
    byte[] encoded = encodeValues(values);
    return encoded == null ? null : new Start(Arrays.copyOfRange(encoded, 1, encoded.length), 0);
  }

  /** The payload of a keyset token: its format, then the values; {@code null} when a value cannot be written. */
  private static byte[] encodeValues(List<?> values) {
    for (Object value : values) {
      if (!OrderValues.writable(value)) {
        return null;
      }
    }
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      CodedOutputStream out = CodedOutputStream.newInstance(bytes);
      out.writeUInt32NoTag(KEYSET);
      for (Object value : values) {
        OrderValues.write(value, out);
      }
      out.flush();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The token of the page that starts at {@code offset}, for orders a keyset token cannot carry. */
  String offset(long offset, byte[] scope) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      CodedOutputStream out = CodedOutputStream.newInstance(bytes);
      out.writeUInt32NoTag(OFFSET);
      out.writeUInt64NoTag(offset);
      out.flush();
      return sign(bytes.toByteArray(), scope);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Where the page of {@code token} starts; {@link Start#FIRST} for an empty token.
   *
   * @throws IllegalArgumentException for a token this service did not issue for this scope
   */
  Start decode(String token, byte[] scope) {
    if (token.isEmpty()) {
      return Start.FIRST;
    }
    if (token.length() <= MAX_TOKEN_CHARS) {
      try {
        byte[] bytes = Base64.getUrlDecoder().decode(token);
        if (bytes.length > MAC_BYTES && token.equals(encode(bytes))) {
          byte[] payload = Arrays.copyOf(bytes, bytes.length - MAC_BYTES);
          byte[] mac = Arrays.copyOfRange(bytes, bytes.length - MAC_BYTES, bytes.length);
          if (MessageDigest.isEqual(mac, mac(payload, scope))) {
            CodedInputStream in = CodedInputStream.newInstance(payload);
            int format = in.readUInt32();
            if (format == KEYSET) {
              return new Start(Arrays.copyOfRange(payload, in.getTotalBytesRead(), payload.length), 0);
            }
            if (format == OFFSET) {
              long offset = in.readUInt64();
              if (in.isAtEnd() && offset > 0) {
                return new Start(null, offset);
              }
            }
          }
        }
      } catch (IllegalArgumentException | IOException e) {
        // Not base64url, or cut short: refused below.
      }
    }
    throw new IllegalArgumentException(REFUSED);
  }

  private String sign(byte[] payload, byte[] scope) {
    byte[] mac = mac(payload, scope);
    byte[] token = Arrays.copyOf(payload, payload.length + MAC_BYTES);
    System.arraycopy(mac, 0, token, payload.length, MAC_BYTES);
    return encode(token);
  }

  private static String encode(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The first {@link #MAC_BYTES} of HMAC-SHA256(key, length(scope) scope payload). */
  private byte[] mac(byte[] payload, byte[] scope) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      ByteArrayOutputStream length = new ByteArrayOutputStream();
      writeLength(length, scope.length);
      mac.update(length.toByteArray());
      mac.update(scope);
      return Arrays.copyOf(mac.doFinal(payload), MAC_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is unavailable", e);
    }
  }

  private static void writeLength(ByteArrayOutputStream out, int length) {
    out.write(length >>> 24);
    out.write(length >>> 16);
    out.write(length >>> 8);
    out.write(length);
  }
}
