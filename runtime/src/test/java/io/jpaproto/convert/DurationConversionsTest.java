package io.jpaproto.convert;

import static io.jpaproto.convert.TestSupport.CASES;
import static io.jpaproto.convert.TestSupport.assertThrowsWith;
import static io.jpaproto.convert.TestSupport.at;
import static io.jpaproto.convert.TestSupport.between;
import static io.jpaproto.convert.TestSupport.random;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.Duration;
import com.google.protobuf.InvalidProtocolBufferException;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DurationConversionsTest {

  private static final String FIELD = "ttl";
  private static final long MAX = 315_576_000_000L;

  private static Duration wire(Duration d) throws InvalidProtocolBufferException {
    return Duration.parseFrom(d.toByteArray());
  }

  private static Duration proto(long seconds, int nanos) {
    return Duration.newBuilder().setSeconds(seconds).setNanos(nanos).build();
  }

  /** The invariants of google.protobuf.Duration. */
  private static void assertValid(Duration d, String message) {
    assertTrue(d.getSeconds() >= -MAX && d.getSeconds() <= MAX, message);
    assertTrue(d.getNanos() > -1_000_000_000 && d.getNanos() < 1_000_000_000, message);
    assertTrue(d.getSeconds() == 0 || d.getNanos() == 0 || (d.getSeconds() < 0) == (d.getNanos() < 0), message);
  }

  private static void assertRoundTrip(java.time.Duration v, String message) throws Exception {
    Duration d = wire(DurationConversions.fromDuration(v, FIELD));
    assertValid(d, message + " proto=" + d);
    // The proto value is the same number of nanoseconds, split as proto wants.
    assertEquals(
        java.math.BigInteger.valueOf(v.getSeconds()).multiply(java.math.BigInteger.valueOf(1_000_000_000))
            .add(java.math.BigInteger.valueOf(v.getNano())),
        java.math.BigInteger.valueOf(d.getSeconds()).multiply(java.math.BigInteger.valueOf(1_000_000_000))
            .add(java.math.BigInteger.valueOf(d.getNanos())),
        message);
    assertEquals(v, DurationConversions.toDuration(d, FIELD), message);
  }

  @Test
  void roundTripsRandomly() throws Exception {
    SplittableRandom r = random();
    for (int i = 0; i < CASES; i++) {
      long seconds = r.nextBoolean() ? between(r, -MAX, MAX) : between(r, -1000, 1000);
      int nanos = r.nextInt(4) == 0 ? 0 : r.nextInt(1_000_000_000);
      java.time.Duration v = java.time.Duration.ofSeconds(seconds, nanos);
      assertRoundTrip(v, at(i, v));
    }
  }

  @Test
  void edgeValuesRoundTrip() throws Exception {
    for (java.time.Duration v :
        List.of(
            java.time.Duration.ZERO,
            java.time.Duration.ofNanos(1),
            java.time.Duration.ofNanos(-1),
            java.time.Duration.ofMillis(-1500),
            java.time.Duration.ofSeconds(-1),
            java.time.Duration.ofSeconds(-1, 1),
            java.time.Duration.ofSeconds(MAX),
            java.time.Duration.ofSeconds(MAX, 999_999_999),
            java.time.Duration.ofSeconds(-MAX),
            java.time.Duration.ofSeconds(-MAX - 1, 1))) {
      assertRoundTrip(v, String.valueOf(v));
    }
  }

  @Test
  void negativeDurationsHaveNanosOfTheSameSign() {
    Duration d = DurationConversions.fromDuration(java.time.Duration.ofMillis(-1500), FIELD);
    assertEquals(-1, d.getSeconds());
    assertEquals(-500_000_000, d.getNanos());
    Duration half = DurationConversions.fromDuration(java.time.Duration.ofMillis(-500), FIELD);
    assertEquals(0, half.getSeconds());
    assertEquals(-500_000_000, half.getNanos());
    Duration min = DurationConversions.fromDuration(java.time.Duration.ofSeconds(-MAX - 1, 1), FIELD);
    assertEquals(-MAX, min.getSeconds());
    assertEquals(-999_999_999, min.getNanos());
  }

  @Test
  void zeroIsTheDefaultInstance() {
    assertSame(Duration.getDefaultInstance(), DurationConversions.fromDuration(java.time.Duration.ZERO, FIELD));
    assertEquals(java.time.Duration.ZERO, DurationConversions.toDuration(Duration.getDefaultInstance(), FIELD));
  }

  @Test
  void durationsBeyondTheRangeThrow() {
    assertThrowsWith(
        IllegalArgumentException.class,
        () -> DurationConversions.fromDuration(java.time.Duration.ofSeconds(MAX + 1), FIELD),
        "field ttl",
        java.time.Duration.ofSeconds(MAX + 1).toString());
    assertThrowsWith(
        IllegalArgumentException.class,
        () -> DurationConversions.fromDuration(java.time.Duration.ofSeconds(-MAX - 1), FIELD),
        "field ttl",
        java.time.Duration.ofSeconds(-MAX - 1).toString());
    assertThrowsWith(
        IllegalArgumentException.class,
        () -> DurationConversions.fromDuration(java.time.Duration.ofSeconds(Long.MIN_VALUE), FIELD),
        "field ttl");
  }

  @Test
  void invalidProtoDurationsThrow() {
    assertThrowsWith(
        IllegalArgumentException.class,
        () -> DurationConversions.toDuration(proto(MAX + 1, 0), FIELD),
        "field ttl",
        "seconds=" + (MAX + 1));
    assertThrowsWith(
        IllegalArgumentException.class,
        () -> DurationConversions.toDuration(proto(-MAX - 1, 0), FIELD),
        "field ttl",
        "seconds=" + (-MAX - 1));
    assertThrowsWith(
        IllegalArgumentException.class,
        () -> DurationConversions.toDuration(proto(0, 1_000_000_000), FIELD),
        "field ttl",
        "nanos=1000000000");
    assertThrowsWith(
        IllegalArgumentException.class,
        () -> DurationConversions.toDuration(proto(0, -1_000_000_000), FIELD),
        "field ttl",
        "nanos=-1000000000");
    assertThrowsWith(
        IllegalArgumentException.class,
        () -> DurationConversions.toDuration(proto(1, -1), FIELD),
        "field ttl",
        "seconds=1, nanos=-1",
        "sign");
    assertThrowsWith(
        IllegalArgumentException.class,
        () -> DurationConversions.toDuration(proto(-1, 1), FIELD),
        "field ttl",
        "seconds=-1, nanos=1",
        "sign");
  }

  @Test
  void zeroSecondsAllowNanosOfEitherSign() {
    assertEquals(java.time.Duration.ofNanos(-5), DurationConversions.toDuration(proto(0, -5), FIELD));
    assertEquals(java.time.Duration.ofNanos(5), DurationConversions.toDuration(proto(0, 5), FIELD));
    assertEquals(
        java.time.Duration.ofSeconds(MAX, 999_999_999),
        DurationConversions.toDuration(proto(MAX, 999_999_999), FIELD));
    assertEquals(
        java.time.Duration.ofSeconds(-MAX, -999_999_999),
        DurationConversions.toDuration(proto(-MAX, -999_999_999), FIELD));
  }
}
