package io.jpaproto.it;

import io.jpaproto.it.model.Level;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.TimeZone;
import java.util.UUID;

/**
 * Random values of every attribute type, each within the range its proto representation can hold, with the edges of
 * that range drawn more often than uniform sampling would draw them.
 */
final class RandomValues {

  /** Seconds of 0001-01-01T00:00:00Z, the first instant a {@code google.protobuf.Timestamp} holds. */
  static final long MIN_TIMESTAMP_SECONDS = -62_135_596_800L;

  /** Seconds of 9999-12-31T23:59:59Z, the last whole second a {@code google.protobuf.Timestamp} holds. */
  static final long MAX_TIMESTAMP_SECONDS = 253_402_300_799L;

  static final Instant MIN_INSTANT = Instant.ofEpochSecond(MIN_TIMESTAMP_SECONDS);
  static final Instant MAX_INSTANT = Instant.ofEpochSecond(MAX_TIMESTAMP_SECONDS, 999_999_999);

  /** Largest magnitude of {@code google.protobuf.Duration.seconds} (10,000 years). */
  static final long MAX_DURATION_SECONDS = 315_576_000_000L;

  static final LocalDate MIN_DATE = LocalDate.of(1, 1, 1);
  static final LocalDate MAX_DATE = LocalDate.of(9999, 12, 31);

  /** java.sql.Date uses the Julian calendar before October 1582; stay after it, as real data does. */
  static final LocalDate MIN_SQL_DATE = LocalDate.of(1583, 1, 1);

  /** Every zone id, sorted so that the same seed picks the same zone on every JVM. */
  private static final List<String> ZONE_IDS = ZoneId.getAvailableZoneIds().stream().sorted().toList();

  private final SplittableRandom random;

  RandomValues(SplittableRandom random) {
    this.random = random;
  }

  // ---------------------------------------------------------------- choices

  /** True with the given probability. */
  boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  int between(int min, int maxInclusive) {
    return (int) between((long) min, maxInclusive);
  }

  long between(long min, long maxInclusive) {
    if (maxInclusive < Long.MAX_VALUE) {
      return random.nextLong(min, maxInclusive + 1);
    }
    return min == Long.MIN_VALUE ? random.nextLong() : random.nextLong(min - 1, maxInclusive) + 1;
  }

  @SafeVarargs
  final <T> T oneOf(T... values) {
    return values[random.nextInt(values.length)];
  }

  <T> T oneOf(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** One of the edge values one time in ten, else a uniform value. */
  private <T> T edgeOr(T[] edges, java.util.function.Supplier<T> uniform) {
    return chance(0.1) ? oneOf(edges) : uniform.get();
  }

  // ---------------------------------------------------------------- numbers

  boolean aBoolean() {
    return random.nextBoolean();
  }

  byte aByte() {
    return edgeOr(new Byte[] {Byte.MIN_VALUE, Byte.MAX_VALUE, 0, -1}, () -> (byte) random.nextInt());
  }

  short aShort() {
    return edgeOr(new Short[] {Short.MIN_VALUE, Short.MAX_VALUE, 0, -1}, () -> (short) random.nextInt());
  }

  int anInt() {
    return edgeOr(new Integer[] {Integer.MIN_VALUE, Integer.MAX_VALUE, 0, -1}, random::nextInt);
  }

  long aLong() {
    return edgeOr(new Long[] {Long.MIN_VALUE, Long.MAX_VALUE, 0L, -1L}, random::nextLong);
  }

  /** Any float bit pattern: NaNs (with payloads), infinities, subnormals and -0.0 included. */
  float aFloat() {
    return edgeOr(
        new Float[] {Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, -0.0f, 0.0f, Float.MIN_VALUE,
            Float.MAX_VALUE, -Float.MAX_VALUE},
        () -> Float.intBitsToFloat(random.nextInt()));
  }

  /** Any double bit pattern: NaNs (with payloads), infinities, subnormals and -0.0 included. */
  double aDouble() {
    return edgeOr(
        new Double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 0.0, Double.MIN_VALUE,
            Double.MAX_VALUE, -Double.MAX_VALUE},
        () -> Double.longBitsToDouble(random.nextLong()));
  }

  /** A BigInteger that fits in int64. */
  BigInteger anInt64BigInteger() {
    return BigInteger.valueOf(aLong());
  }

  /** A BigInteger of up to {@code maxBits} bits of either sign, often far beyond int64. */
  BigInteger aBigInteger(int maxBits) {
    int bits = random.nextInt(maxBits + 1);
    byte[] magnitude = new byte[(bits + 7) / 8 + 1];
    random.nextBytes(magnitude);
    BigInteger value = new BigInteger(1, magnitude);
    if (bits < value.bitLength()) {
      value = value.shiftRight(value.bitLength() - bits);
    }
    return random.nextBoolean() ? value.negate() : value;
  }

  /**
   * A BigDecimal a {@code numeric(1000,500)} column holds: an unscaled value of up to 200 bits (61 digits) and usually
   * a small scale, sometimes one anywhere in {@code -400..500}. Scales beyond what the parser accepts
   * ({@code -1000..1000}) are edge cases of their own, refused on the way in.
   */
  BigDecimal aBigDecimal() {
    int scale = chance(0.75) ? between(-40, 40) : between(-400, 500);
    return new BigDecimal(aBigInteger(200), scale);
  }

  /** The {@code BigDecimal.toString()} text of {@link #aBigDecimal()}. */
  String aDecimalText() {
    return aBigDecimal().toString();
  }

  // ---------------------------------------------------------------- text and bytes

  /** One UTF-16 code unit that is not a surrogate (a lone surrogate cannot be a UTF-8 proto string). */
  char aChar() {
    while (true) {
      char c = (char) random.nextInt(0x10000);
      if (!Character.isSurrogate(c)) {
        return c;
      }
    }
  }

  /** A code point that UTF-8 can encode: ASCII, BMP outside the surrogates, or supplementary (emoji and beyond). */
  int aCodePoint() {
    switch (random.nextInt(4)) {
      case 0:
        return random.nextInt(0x80);
      case 1:
        return aChar();
      case 2:
        return oneOf(0x1F600, 0x1F4A9, 0x10000, 0x10FFFF, 0x20BB7);
      default:
        return between(0x10000, 0x10FFFF);
    }
  }

  /** A well-formed string of up to {@code maxCodePoints} code points, often with surrogate pairs. */
  String aString(int maxCodePoints) {
    int length = chance(0.1) ? 0 : random.nextInt(maxCodePoints + 1);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.appendCodePoint(aCodePoint());
    }
    return text.toString();
  }

  char[] aCharArray() {
    return aString(20).toCharArray();
  }

  Character[] aCharacterArray() {
    return boxed(aString(20).toCharArray());
  }

  byte[] someBytes() {
    byte[] bytes = new byte[chance(0.1) ? 0 : random.nextInt(65)];
    random.nextBytes(bytes);
    return bytes;
  }

  Byte[] someBoxedBytes() {
    return boxed(someBytes());
  }

  UUID aUuid() {
    return edgeOr(
        new UUID[] {new UUID(0, 0), new UUID(-1, -1), new UUID(Long.MIN_VALUE, Long.MAX_VALUE)},
        () -> new UUID(random.nextLong(), random.nextLong()));
  }

  // ---------------------------------------------------------------- instants and dates

  /** An instant with nanoseconds anywhere in the Timestamp range 0001-01-01..9999-12-31. */
  Instant anInstant() {
    return edgeOr(
        new Instant[] {MIN_INSTANT, MAX_INSTANT, Instant.EPOCH, Instant.ofEpochSecond(-1, 999_999_999)},
        () -> Instant.ofEpochSecond(between(MIN_TIMESTAMP_SECONDS, MAX_TIMESTAMP_SECONDS), random.nextInt(1_000_000_000)));
  }

  /** A whole number of milliseconds in the Timestamp range. */
  long aMillis() {
    return edgeOr(
        new Long[] {MIN_TIMESTAMP_SECONDS * 1000, MAX_TIMESTAMP_SECONDS * 1000 + 999, 0L, -1L},
        () -> between(MIN_TIMESTAMP_SECONDS * 1000, MAX_TIMESTAMP_SECONDS * 1000 + 999));
  }

  ZoneOffset anOffset() {
    return chance(0.5)
        ? ZoneOffset.ofHours(between(-18, 18))
        : ZoneOffset.ofTotalSeconds(between(-18 * 3600, 18 * 3600));
  }

  ZoneId aZone() {
    return chance(0.2) ? anOffset() : ZoneId.of(oneOf(ZONE_IDS));
  }

  OffsetDateTime anOffsetDateTime() {
    return OffsetDateTime.ofInstant(anInstant(), anOffset());
  }

  ZonedDateTime aZonedDateTime() {
    return ZonedDateTime.ofInstant(anInstant(), aZone());
  }

  /** A java.util.Date to the millisecond, or (as JPA providers load TIMESTAMP columns) a java.sql.Timestamp. */
  java.util.Date aLegacyDate() {
    return chance(0.3) ? aSqlTimestamp() : new java.util.Date(aMillis());
  }

  /** A GregorianCalendar in UTC, as the conversion returns it. */
  Calendar aCalendar() {
    GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
    calendar.setTimeInMillis(aMillis());
    return calendar;
  }

  java.sql.Timestamp aSqlTimestamp() {
    return sqlTimestamp(anInstant());
  }

  static java.sql.Timestamp sqlTimestamp(Instant instant) {
    java.sql.Timestamp timestamp = new java.sql.Timestamp(instant.getEpochSecond() * 1000);
    timestamp.setNanos(instant.getNano());
    return timestamp;
  }

  LocalDate aLocalDate() {
    return edgeOr(
        new LocalDate[] {MIN_DATE, MAX_DATE, LocalDate.of(2000, 2, 29), LocalDate.of(1970, 1, 1)},
        () -> LocalDate.ofEpochDay(between(MIN_DATE.toEpochDay(), MAX_DATE.toEpochDay())));
  }

  /** A java.sql.Date made as JPA providers make them: local midnight of a date after the Gregorian cutover. */
  java.sql.Date aSqlDate() {
    return java.sql.Date.valueOf(aGregorianLocalDate());
  }

  LocalDate aGregorianLocalDate() {
    return LocalDate.ofEpochDay(between(MIN_SQL_DATE.toEpochDay(), MAX_DATE.toEpochDay()));
  }

  LocalTime aLocalTime() {
    return edgeOr(
        new LocalTime[] {LocalTime.MIN, LocalTime.MAX, LocalTime.NOON},
        () -> LocalTime.ofNanoOfDay(between(0L, LocalTime.MAX.toNanoOfDay())));
  }

  /** A time of day to the millisecond, as a java.sql.Time holds it. */
  LocalTime aMillisecondTime() {
    return LocalTime.ofNanoOfDay(between(0L, 86_399_999L) * 1_000_000L);
  }

  /** A java.sql.Time as JPA providers make them (that time on 1970-01-01, local), with milliseconds. */
  java.sql.Time aSqlTime() {
    return sqlTime(aMillisecondTime());
  }

  static java.sql.Time sqlTime(LocalTime time) {
    java.sql.Time result = java.sql.Time.valueOf(time);
    result.setTime(result.getTime() + time.getNano() / 1_000_000);
    return result;
  }

  LocalDateTime aLocalDateTime() {
    return LocalDateTime.of(aLocalDate(), aLocalTime());
  }

  OffsetTime anOffsetTime() {
    return OffsetTime.of(aLocalTime(), anOffset());
  }

  /** A duration anywhere in the proto range of +/-315,576,000,000.999999999 seconds. */
  Duration aDuration() {
    return edgeOr(
        new Duration[] {
          Duration.ZERO,
          Duration.ofSeconds(MAX_DURATION_SECONDS, 999_999_999),
          Duration.ofSeconds(-MAX_DURATION_SECONDS, -999_999_999),
          Duration.ofNanos(-1),
          Duration.ofSeconds(-5, 300)
        },
        () -> {
          long seconds = between(-MAX_DURATION_SECONDS, MAX_DURATION_SECONDS);
          int nanos = random.nextInt(1_000_000_000);
          // the proto form: nanos carry the sign of the seconds
          return Duration.ofSeconds(seconds, seconds < 0 || (seconds == 0 && random.nextBoolean()) ? -nanos : nanos);
        });
  }

  Year aYear() {
    return edgeOr(
        new Year[] {Year.of(Year.MIN_VALUE), Year.of(Year.MAX_VALUE), Year.of(0), Year.of(1), Year.of(9999)},
        () -> Year.of(between(Year.MIN_VALUE, Year.MAX_VALUE)));
  }

  Level aLevel() {
    return oneOf(Level.values());
  }

  // ---------------------------------------------------------------- helpers

  static Character[] boxed(char[] chars) {
    Character[] boxed = new Character[chars.length];
    for (int i = 0; i < chars.length; i++) {
      boxed[i] = chars[i];
    }
    return boxed;
  }

  static Byte[] boxed(byte[] bytes) {
    Byte[] boxed = new Byte[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      boxed[i] = bytes[i];
    }
    return boxed;
  }
}
