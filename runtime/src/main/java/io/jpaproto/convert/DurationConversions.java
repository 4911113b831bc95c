package io.jpaproto.convert;

import static io.jpaproto.convert.Checks.nonNull;

import com.google.protobuf.Duration;

/**
 * Conversions between {@link java.time.Duration} and {@code google.protobuf.Duration}.
 *
 * <p>A proto {@code Duration} spans {@code -315576000000.999999999s..+315576000000.999999999s} (about ±10,000 years);
 * its nanos lie in {@code -999999999..999999999} and have the sign of its seconds when the seconds are not zero.
 * Values outside that range, in either direction, throw an {@link IllegalArgumentException} naming the field. Every
 * method takes a non-null value and the proto field name, which is used only in exception messages; a null value
 * throws a {@link NullPointerException} naming the field.
 */
public final class DurationConversions {

  /** Largest magnitude of {@code Duration.seconds}. */
  static final long MAX_SECONDS = 315_576_000_000L;

  private static final int NANOS_PER_SECOND = 1_000_000_000;

  private DurationConversions() {}

  /**
   * Returns the proto {@code Duration} of a duration, nanoseconds and sign included.
   *
   * @param v the duration, not null
   * @param field the proto field name, for exception messages
   * @return the proto duration
   * @throws IllegalArgumentException if the duration is outside the proto {@code Duration} range
   */
  public static Duration fromDuration(java.time.Duration v, String field) {
    nonNull(v, field);
    long seconds = v.getSeconds();
    int nanos = v.getNano();
    // java.time keeps nanos in 0..999999999 and floors the seconds; proto truncates towards zero.
    if (seconds < 0 && nanos > 0) {
      seconds++;
      nanos -= NANOS_PER_SECOND;
    }
    if (seconds < -MAX_SECONDS || seconds > MAX_SECONDS) {
      throw new IllegalArgumentException(
          "field " + field + ": " + v + " is outside the Duration range of +/-" + MAX_SECONDS + " seconds");
    }
    if (seconds == 0 && nanos == 0) {
      return Duration.getDefaultInstance();
    }
    return Duration.newBuilder().setSeconds(seconds).setNanos(nanos).build();
  }

  /**
   * Returns the duration of a proto {@code Duration}, nanoseconds and sign included.
   *
   * @param v the proto duration, not null
   * @param field the proto field name, for exception messages
   * @return the duration
   * @throws IllegalArgumentException if the proto duration is outside its range, has nanos outside
   *     {@code -999999999..999999999}, or nanos whose sign differs from that of its seconds
   */
  public static java.time.Duration toDuration(Duration v, String field) {
    nonNull(v, field);
    long seconds = v.getSeconds();
    int nanos = v.getNanos();
    if (seconds < -MAX_SECONDS || seconds > MAX_SECONDS) {
      throw invalid(v, field, "is outside the Duration range of +/-" + MAX_SECONDS + " seconds");
    }
    if (nanos <= -NANOS_PER_SECOND || nanos >= NANOS_PER_SECOND) {
      throw invalid(v, field, "has nanos outside -999999999..999999999");
    }
    if ((seconds < 0 && nanos > 0) || (seconds > 0 && nanos < 0)) {
      throw invalid(v, field, "has nanos whose sign differs from that of its seconds");
    }
    return java.time.Duration.ofSeconds(seconds, nanos);
  }

  private static IllegalArgumentException invalid(Duration v, String field, String problem) {
    return new IllegalArgumentException(
        "field " + field + ": Duration{seconds=" + v.getSeconds() + ", nanos=" + v.getNanos() + "} " + problem);
  }
}
