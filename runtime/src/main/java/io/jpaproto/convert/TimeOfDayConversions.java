package io.jpaproto.convert;

import static io.jpaproto.convert.Checks.nonNull;

import com.google.type.TimeOfDay;
import java.time.LocalTime;

/**
 * Conversions between times of day and {@code google.type.TimeOfDay}.
 *
 * <p>Hours are {@code 0..23}, minutes and seconds {@code 0..59}, nanos {@code 0..999999999}: the end-of-day
 * {@code 24:00:00} and leap seconds, which {@code TimeOfDay} lets an API allow, throw an
 * {@link IllegalArgumentException} naming the field because {@link LocalTime} cannot hold them. Every method takes a
 * non-null value and the proto field name, which is used only in exception messages; a null value throws a
 * {@link NullPointerException} naming the field.
 */
public final class TimeOfDayConversions {

  private static final int NANOS_PER_MILLI = 1_000_000;

  private TimeOfDayConversions() {}

  /**
   * Returns the {@code TimeOfDay} of a local time, nanoseconds included.
   *
   * @param v the time, not null
   * @param field the proto field name, for exception messages
   * @return the proto time of day
   */
  public static TimeOfDay fromLocalTime(LocalTime v, String field) {
    nonNull(v, field);
    return TimeOfDay.newBuilder()
        .setHours(v.getHour())
        .setMinutes(v.getMinute())
        .setSeconds(v.getSecond())
        .setNanos(v.getNano())
        .build();
  }

  /**
   * Returns the local time of a {@code TimeOfDay}, nanoseconds included.
   *
   * @param v the proto time of day, not null
   * @param field the proto field name, for exception messages
   * @return the time
   * @throws IllegalArgumentException if a component is out of range, including {@code 24:00:00} and second 60
   */
  public static LocalTime toLocalTime(TimeOfDay v, String field) {
    nonNull(v, field);
    int hours = v.getHours();
    int minutes = v.getMinutes();
    int seconds = v.getSeconds();
    int nanos = v.getNanos();
    checkTime(hours, minutes, seconds, nanos, "TimeOfDay", field);
    return LocalTime.of(hours, minutes, seconds, nanos);
  }

  /**
   * Returns the {@code TimeOfDay} of an SQL time: its time of day in the JVM default time zone, as
   * {@link java.sql.Time#toLocalTime()} reads it, plus its milliseconds (which {@code toLocalTime()} drops). The date
   * part, which a {@code java.sql.Time} should not have, is ignored.
   *
   * @param v the SQL time, not null
   * @param field the proto field name, for exception messages
   * @return the proto time of day
   */
  @SuppressWarnings("deprecation") // the calendar fields in the default time zone are what java.sql.Time means
  public static TimeOfDay fromSqlTime(java.sql.Time v, String field) {
    nonNull(v, field);
    // Zone offsets are whole seconds, so the millisecond of the second does not depend on the zone.
    int millis = (int) Math.floorMod(v.getTime(), 1000L);
    return TimeOfDay.newBuilder()
        .setHours(v.getHours())
        .setMinutes(v.getMinutes())
        .setSeconds(v.getSeconds())
        .setNanos(millis * NANOS_PER_MILLI)
        .build();
  }

  /**
   * Returns the SQL time of a {@code TimeOfDay}, made as {@link java.sql.Time#valueOf(LocalTime)} does (that time on
   * 1970-01-01 in the JVM default time zone) plus its milliseconds.
   *
   * @param v the proto time of day, not null
   * @param field the proto field name, for exception messages
   * @return a new SQL time
   * @throws IllegalArgumentException if a component is out of range, or the time does not exist on 1970-01-01 in the
   *     default time zone
   * @throws ArithmeticException if the time has sub-millisecond nanoseconds, which {@code java.sql.Time} cannot hold
   */
  @SuppressWarnings("deprecation") // java.sql.Time.valueOf(LocalTime) uses the same constructor and drops the nanos
  public static java.sql.Time toSqlTime(TimeOfDay v, String field) {
    LocalTime time = toLocalTime(v, field);
    int nanos = time.getNano();
    if (nanos % NANOS_PER_MILLI != 0) {
      throw new ArithmeticException(
          "field " + field + ": " + time + " has sub-millisecond nanos, which java.sql.Time cannot hold");
    }
    int hours = time.getHour();
    int minutes = time.getMinute();
    int seconds = time.getSecond();
    java.sql.Time result = new java.sql.Time(hours, minutes, seconds);
    // java.sql.Time is lenient: a time skipped by the default zone on 1970-01-01 silently becomes another time.
    if (result.getHours() != hours || result.getMinutes() != minutes || result.getSeconds() != seconds) {
      throw new IllegalArgumentException(
          "field " + field + ": " + time + " does not exist as a java.sql.Time in the default time zone");
    }
    if (nanos != 0) {
      result.setTime(result.getTime() + nanos / NANOS_PER_MILLI);
    }
    return result;
  }

  /**
   * Checks hours {@code 0..23}, minutes and seconds {@code 0..59} and nanos {@code 0..999999999}, throwing an
   * {@link IllegalArgumentException} that names the field and shows the components as
   * {@code type{hours=.., minutes=.., seconds=.., nanos=..}}.
   */
  static void checkTime(int hours, int minutes, int seconds, int nanos, String type, String field) {
    String problem;
    if (hours == 24 && minutes == 0 && seconds == 0 && nanos == 0) {
      problem = "is the end of day 24:00, which java.time.LocalTime cannot hold";
    } else if (hours < 0 || hours > 23) {
      problem = "has hours outside 0..23";
    } else if (minutes < 0 || minutes > 59) {
      problem = "has minutes outside 0..59";
    } else if (seconds < 0 || seconds > 59) {
      problem = seconds == 60 ? "is a leap second, which java.time cannot hold" : "has seconds outside 0..59";
    } else if (nanos < 0 || nanos > 999_999_999) {
      problem = "has nanos outside 0..999999999";
    } else {
      return;
    }
    throw new IllegalArgumentException(
        "field " + field + ": " + type + "{hours=" + hours + ", minutes=" + minutes + ", seconds=" + seconds
            + ", nanos=" + nanos + "} " + problem);
  }
}
