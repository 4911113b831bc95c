package io.jpaproto.grpc;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.CodedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque page tokens: the offset of the next page and a fingerprint of the query (entity, order and filter) it belongs
 * to, as unpadded base64url. A token is refused when it was issued for another query. Tokens are not signed: the offset
 * is not a secret, and every page goes through the same authorisation and restrictions.
 */
final class PageToken {
  private static final int FORMAT = 1;

  private PageToken() {
  }

  /** The token of the page that starts at {@code offset}. */
  static String encode(long offset, long fingerprint) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      CodedOutputStream out = CodedOutputStream.newInstance(bytes);
      out.writeUInt32NoTag(FORMAT);
      out.writeFixed64NoTag(fingerprint);
      out.writeUInt64NoTag(offset);
      out.flush();
      return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The offset {@code token} stands for; 0 for an empty token.
   *
   * @throws IllegalArgumentException for a token this service did not issue for this query
   */
  static long decode(String token, long fingerprint) {
    if (token.isEmpty()) {
      return 0;
    }
    try {
      CodedInputStream in = CodedInputStream.newInstance(Base64.getUrlDecoder().decode(token));
      if (in.readUInt32() == FORMAT && in.readFixed64() == fingerprint) {
        long offset = in.readUInt64();
        if (in.isAtEnd() && offset > 0) {
          return offset;
        }
      }
    } catch (IllegalArgumentException | IOException e) {
      // Not base64url, or cut short: refused below.
    }
    throw new IllegalArgumentException("page_token is not a token this service issued for this order_by and "
        + "filter; list again without a page_token");
  }

  /**
   * A 64-bit FNV-1a hash of the query's entity (or other scope, so that a token of one service is refused by another
   * whose order and filter happen to encode the same), order and filter.
   */
  static long fingerprint(String scope, OrderBy orderBy, byte[] filter) {
    long hash = 0xcbf29ce484222325L;
    for (byte b : scope.getBytes(StandardCharsets.UTF_8)) {
      hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
    }
    hash = (hash ^ 0xff) * 0x100000001b3L;
    for (byte b : orderBy.canonical().getBytes(StandardCharsets.UTF_8)) {
      hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
    }
    hash = (hash ^ 0xff) * 0x100000001b3L;
    for (byte b : filter) {
      hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
    }
    return hash;
  }
}
