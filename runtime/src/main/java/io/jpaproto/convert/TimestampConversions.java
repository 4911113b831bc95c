package io.jpaproto.convert;

import static io.jpaproto.convert.Checks.nonNull;

import com.google.protobuf.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;

/**
 * Conversions between instants and {@code google.protobuf.Timestamp}.
 *
 * <p>A {@code Timestamp} holds seconds since 1970-01-01T00:00:00Z and non-negative nanoseconds {@code 0..999999999};
 * its valid range is {@code 0001-01-01T00:00:00Z} to {@code 9999-12-31T23:59:59.999999999Z}. Values outside that
 * range, in either direction, throw an {@link IllegalArgumentException} naming the field. Every method takes a
 * non-null value and the proto field name, which is used only in exception messages; a null value throws a
 * {@link NullPointerException} naming the field.
 */
public final class TimestampConversions {

  /** Seconds of 0001-01-01T00:00:00Z. */
  static final long MIN_SECONDS = -62_135_596_800L;

  /** Seconds of 9999-12-31T23:59:59Z. */
  static final long MAX_SECONDS = 253_402_300_799L;

  private static final int NANOS_PER_SECOND = 1_000_000_000;
  private static final int NANOS_PER_MILLI = 1_000_000;
  private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

  private TimestampConversions() {}

  /**
   * Returns the {@code Timestamp} of an instant, nanoseconds included.
   *
   * @param v the instant, not null
   * @param field the proto field name, for exception messages
   * @return the timestamp
   * @throws IllegalArgumentException if the instant is outside the {@code Timestamp} range
   */
  public static Timestamp fromInstant(Instant v, String field) {
    nonNull(v, field);
    return timestamp(v.getEpochSecond(), v.getNano(), v, field);
  }

  /**
   * Returns the instant of a {@code Timestamp}, nanoseconds included.
   *
   * @param v the timestamp, not null
   * @param field the proto field name, for exception messages
   * @return the instant
   * @throws IllegalArgumentException if the timestamp is invalid or outside its range
   */
  public static Instant toInstant(Timestamp v, String field) {
    check(v, field);
    return Instant.ofEpochSecond(v.getSeconds(), v.getNanos());
  }

  /**
   * Returns the {@code Timestamp} of the instant of a date-time; its offset is not kept.
   *
   * @param v the date-time, not null
   * @param field the proto field name, for exception messages
   * @return the timestamp
   * @throws IllegalArgumentException if the instant is outside the {@code Timestamp} range
   */
  public static Timestamp fromOffsetDateTime(OffsetDateTime v, String field) {
    nonNull(v, field);
    return timestamp(v.toEpochSecond(), v.getNano(), v, field);
  }

  /**
   * Returns the instant of a {@code Timestamp} as a date-time at {@link ZoneOffset#UTC}: the instant is kept, the
   * offset of the original value is normalised to UTC.
   *
   * @param v the timestamp, not null
   * @param field the proto field name, for exception messages
   * @return the date-time at UTC
   * @throws IllegalArgumentException if the timestamp is invalid or outside its range
   */
  public static OffsetDateTime toOffsetDateTime(Timestamp v, String field) {
    return OffsetDateTime.ofInstant(toInstant(v, field), ZoneOffset.UTC);
  }

  /**
   * Returns the {@code Timestamp} of the instant of a zoned date-time; its zone is not kept.
   *
   * @param v the date-time, not null
   * @param field the proto field name, for exception messages
   * @return the timestamp
   * @throws IllegalArgumentException if the instant is outside the {@code Timestamp} range
   */
  public static Timestamp fromZonedDateTime(ZonedDateTime v, String field) {
    nonNull(v, field);
    return timestamp(v.toEpochSecond(), v.getNano(), v, field);
  }

  /**
   * Returns the instant of a {@code Timestamp} as a date-time in {@link ZoneOffset#UTC}: the instant is kept, the
   * zone of the original value is normalised to UTC.
   *
   * @param v the timestamp, not null
   * @param field the proto field name, for exception messages
   * @return the date-time in UTC
   * @throws IllegalArgumentException if the timestamp is invalid or outside its range
   */
  public static ZonedDateTime toZonedDateTime(Timestamp v, String field) {
    return ZonedDateTime.ofInstant(toInstant(v, field), ZoneOffset.UTC);
  }

  /**
   * Returns the {@code Timestamp} of a date, to the millisecond. A {@link java.sql.Timestamp} passed as a date (as
   * JPA providers load {@code TIMESTAMP} columns into {@code Date} attributes) keeps its nanoseconds, as in
   * {@link #fromSqlTimestamp}.
   *
   * @param v the date, not null
   * @param field the proto field name, for exception messages
   * @return the timestamp
   * @throws IllegalArgumentException if the date is outside the {@code Timestamp} range
   */
  public static Timestamp fromDate(Date v, String field) {
    nonNull(v, field);
    if (v instanceof java.sql.Timestamp t) {
      return fromSqlTimestamp(t, field);
    }
    return fromMillis(v.getTime(), v, field);
  }

  /**
   * Returns the date of a {@code Timestamp}: a plain {@link Date} for a whole number of milliseconds, else a
   * {@link java.sql.Timestamp} (a {@code Date} that keeps nanoseconds, as JPA providers load TIMESTAMP columns), so
   * nothing is lost.
   *
   * @param v the timestamp, not null
   * @param field the proto field name, for exception messages
   * @return the date
   * @throws IllegalArgumentException if the timestamp is invalid or outside its range
   */
  public static Date toDate(Timestamp v, String field) {
    nonNull(v, field);
    if (v.getNanos() % 1_000_000 != 0) {
      return toSqlTimestamp(v, field);
    }
    return new Date(toMillis(v, "java.util.Date", field));
  }

  /**
   * Returns the {@code Timestamp} of the instant of a calendar, to the millisecond; its zone is not kept.
   *
   * @param v the calendar, not null
   * @param field the proto field name, for exception messages
   * @return the timestamp
   * @throws IllegalArgumentException if the instant is outside the {@code Timestamp} range
   */
  public static Timestamp fromCalendar(Calendar v, String field) {
    nonNull(v, field);
    return fromMillis(v.getTimeInMillis(), v, field);
  }

  /**
   * Returns the instant of a {@code Timestamp}, which must be a whole number of milliseconds, as a new
   * {@link GregorianCalendar} in UTC with the default Julian-Gregorian cutover and the week rules of
   * {@link Locale#ROOT}.
   *
   * @param v the timestamp, not null
   * @param field the proto field name, for exception messages
   * @return the calendar
   * @throws IllegalArgumentException if the timestamp is invalid or outside its range
   * @throws ArithmeticException if the timestamp has sub-millisecond nanoseconds, which a calendar cannot hold
   */
  public static Calendar toCalendar(Timestamp v, String field) {
    long millis = toMillis(v, "java.util.Calendar", field);
    // A calendar shares the zone it is given and TimeZone is mutable: give each calendar its own copy.
    GregorianCalendar calendar = new GregorianCalendar((TimeZone) UTC.clone(), Locale.ROOT);
    calendar.setTimeInMillis(millis);
    return calendar;
  }

  /**
   * Returns the {@code Timestamp} of an SQL timestamp, nanoseconds included.
   *
   * @param v the SQL timestamp, not null
   * @param field the proto field name, for exception messages
   * @return the timestamp
   * @throws IllegalArgumentException if the value is outside the {@code Timestamp} range
   */
  public static Timestamp fromSqlTimestamp(java.sql.Timestamp v, String field) {
    nonNull(v, field);
    // getTime() is the whole seconds in milliseconds plus nanos / 1,000,000, so floorDiv recovers the seconds.
    return timestamp(Math.floorDiv(v.getTime(), 1000L), v.getNanos(), v, field);
  }

  /**
   * Returns the SQL timestamp of a {@code Timestamp}, nanoseconds included.
   *
   * @param v the timestamp, not null
   * @param field the proto field name, for exception messages
   * @return a new SQL timestamp
   * @throws IllegalArgumentException if the timestamp is invalid or outside its range
   */
  public static java.sql.Timestamp toSqlTimestamp(Timestamp v, String field) {
    check(v, field);
    java.sql.Timestamp result = new java.sql.Timestamp(v.getSeconds() * 1000L);
    result.setNanos(v.getNanos());
    return result;
  }

  private static Timestamp fromMillis(long millis, Object value, String field) {
    return timestamp(
        Math.floorDiv(millis, 1000L), (int) Math.floorMod(millis, 1000L) * NANOS_PER_MILLI, value, field);
  }

  private static long toMillis(Timestamp v, String javaType, String field) {
    check(v, field);
    int nanos = v.getNanos();
    if (nanos % NANOS_PER_MILLI != 0) {
      throw new ArithmeticException(
          "field " + field + ": " + describe(v) + " has sub-millisecond nanos, which " + javaType
              + " cannot hold");
    }
    return v.getSeconds() * 1000L + nanos / NANOS_PER_MILLI;
  }

  /** Builds a timestamp after checking the range; {@code nanos} is already {@code 0..999999999}. */
  private static Timestamp timestamp(long seconds, int nanos, Object value, String field) {
    if (seconds < MIN_SECONDS || seconds > MAX_SECONDS) {
      throw new IllegalArgumentException(
          "field " + field + ": " + show(value)
              + " is outside the Timestamp range 0001-01-01T00:00:00Z..9999-12-31T23:59:59.999999999Z");
    }
    if (seconds == 0 && nanos == 0) {
      return Timestamp.getDefaultInstance();
    }
    return Timestamp.newBuilder().setSeconds(seconds).setNanos(nanos).build();
  }

  /** Checks that a timestamp is not null, has nanos {@code 0..999999999} and is within range. */
  private static void check(Timestamp v, String field) {
    nonNull(v, field);
    long seconds = v.getSeconds();
    int nanos = v.getNanos();
    if (nanos < 0 || nanos >= NANOS_PER_SECOND) {
      throw new IllegalArgumentException(
          "field " + field + ": " + describe(v) + " has nanos outside 0..999999999");
    }
    if (seconds < MIN_SECONDS || seconds > MAX_SECONDS) {
      throw new IllegalArgumentException(
          "field " + field + ": " + describe(v)
              + " is outside the Timestamp range 0001-01-01T00:00:00Z..9999-12-31T23:59:59.999999999Z");
    }
  }

  /** The value as text for a message: calendars and dates as their instant, which their toString hides. */
  private static String show(Object value) {
    if (value instanceof Calendar c) {
      return Instant.ofEpochMilli(c.getTimeInMillis()).toString();
    }
    if (value instanceof java.sql.Timestamp t) {
      return t.toInstant().toString();
    }
    if (value instanceof Date d) {
      return Instant.ofEpochMilli(d.getTime()).toString();
    }
    return String.valueOf(value);
  }

  private static String describe(Timestamp v) {
    return "Timestamp{seconds=" + v.getSeconds() + ", nanos=" + v.getNanos() + "}";
  }
}
