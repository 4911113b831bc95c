package io.jpaproto.convert;

import static io.jpaproto.convert.TestSupport.CASES;
import static io.jpaproto.convert.TestSupport.assertThrowsWith;
import static io.jpaproto.convert.TestSupport.at;
import static io.jpaproto.convert.TestSupport.random;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.protobuf.ByteString;
import com.google.protobuf.BytesValue;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BytesConversionsTest {

  private static final String FIELD = "payload";

  private static ByteString wire(ByteString v) throws Exception {
    return BytesValue.parseFrom(BytesValue.of(v).toByteArray()).getValue();
  }

  private static byte[] randomBytes(SplittableRandom r) {
    byte[] bytes = new byte[r.nextInt(50) == 0 ? r.nextInt(0, 70_000) : r.nextInt(0, 64)];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) r.nextInt();
    }
    return bytes;
  }

  private static Byte[] box(byte[] bytes) {
    Byte[] boxed = new Byte[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      boxed[i] = bytes[i];
    }
    return boxed;
  }

  @Test
  void byteArrayRoundTrips() throws Exception {
    SplittableRandom r = random();
    for (int i = 0; i < CASES; i++) {
      byte[] v = randomBytes(r);
      ByteString bytes = wire(BytesConversions.fromByteArray(v, FIELD));
      assertEquals(v.length, bytes.size(), at(i, v.length));
      assertArrayEquals(v, BytesConversions.toByteArray(bytes, FIELD), at(i, Arrays.toString(v)));
    }
    assertArrayEquals(
        new byte[0], BytesConversions.toByteArray(BytesConversions.fromByteArray(new byte[0], FIELD), FIELD));
  }

  @Test
  void byteArraysAreCopiedBothWays() {
    byte[] v = {1, 2, 3};
    ByteString bytes = BytesConversions.fromByteArray(v, FIELD);
    v[0] = 9;
    assertEquals(1, bytes.byteAt(0));
    byte[] out = BytesConversions.toByteArray(bytes, FIELD);
    out[1] = 9;
    assertEquals(2, bytes.byteAt(1));
  }

  @Test
  void byteObjectArrayRoundTrips() throws Exception {
    SplittableRandom r = random();
    for (int i = 0; i < CASES; i++) {
      byte[] raw = randomBytes(r);
      Byte[] v = box(raw);
      ByteString bytes = wire(BytesConversions.fromByteObjectArray(v, FIELD));
      assertEquals(ByteString.copyFrom(raw), bytes, at(i, raw.length));
      assertArrayEquals(v, BytesConversions.toByteObjectArray(bytes, FIELD), at(i, Arrays.toString(raw)));
    }
    assertArrayEquals(new Byte[0], BytesConversions.toByteObjectArray(ByteString.EMPTY, FIELD));
    assertEquals(ByteString.EMPTY, BytesConversions.fromByteObjectArray(new Byte[0], FIELD));
  }

  @Test
  void byteObjectArrayIsCopied() {
    Byte[] v = {1, 2, 3};
    ByteString bytes = BytesConversions.fromByteObjectArray(v, FIELD);
    v[0] = 9;
    assertEquals(1, bytes.byteAt(0));
  }

  @Test
  void ropeByteStringsConvert() {
    ByteString rope = ByteString.copyFrom(new byte[] {1, 2}).concat(ByteString.copyFrom(new byte[300]));
    rope = rope.concat(ByteString.copyFrom(new byte[] {-1}));
    Byte[] boxed = BytesConversions.toByteObjectArray(rope, FIELD);
    assertEquals(303, boxed.length);
    assertEquals((byte) 1, boxed[0]);
    assertEquals((byte) -1, boxed[302]);
    assertArrayEquals(rope.toByteArray(), BytesConversions.toByteArray(rope, FIELD));
  }

  @Test
  void nullByteElementThrows() {
    assertThrowsWith(
        IllegalArgumentException.class,
        () -> BytesConversions.fromByteObjectArray(new Byte[] {1, 2, null}, FIELD),
        "field payload",
        "element 2",
        "null");
    assertThrowsWith(
        IllegalArgumentException.class,
        () -> BytesConversions.fromByteObjectArray(new Byte[] {null}, FIELD),
        "field payload",
        "element 0");
  }
}
