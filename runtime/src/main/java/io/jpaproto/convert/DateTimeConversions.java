package io.jpaproto.convert;

import static io.jpaproto.convert.Checks.nonNull;

import com.google.type.DateTime;
import java.time.LocalDateTime;

/**
 * Conversions between {@link LocalDateTime} and {@code google.type.DateTime} used as a local date-time: neither
 * {@code utc_offset} nor {@code time_zone} set.
 *
 * <p>Year {@code 1..9999}, month {@code 1..12}, a day valid for the month, hours {@code 0..23}, minutes and seconds
 * {@code 0..59}, nanos {@code 0..999999999}. A {@code DateTime} with an offset or a zone (even a zero offset), without
 * a year, at {@code 24:00:00} or on a leap second throws an {@link IllegalArgumentException} naming the field because
 * a {@code LocalDateTime} cannot hold it. Every method takes a non-null value and the proto field name, which is used
 * only in exception messages; a null value throws a {@link NullPointerException} naming the field.
 */
public final class DateTimeConversions {

  private DateTimeConversions() {}

  /**
   * Returns the local {@code DateTime} of a local date-time, nanoseconds included.
   *
   * @param v the date-time, not null
   * @param field the proto field name, for exception messages
   * @return the proto date-time, with neither offset nor zone
   * @throws IllegalArgumentException if the year is outside {@code 1..9999}
   */
  public static DateTime fromLocalDateTime(LocalDateTime v, String field) {
    nonNull(v, field);
    int year = v.getYear();
    if (year < 1 || year > 9999) {
      throw new IllegalArgumentException("field " + field + ": " + v + " is outside years 1..9999");
    }
    return DateTime.newBuilder()
        .setYear(year)
        .setMonth(v.getMonthValue())
        .setDay(v.getDayOfMonth())
        .setHours(v.getHour())
        .setMinutes(v.getMinute())
        .setSeconds(v.getSecond())
        .setNanos(v.getNano())
        .build();
  }

  /**
   * Returns the local date-time of a local {@code DateTime}, nanoseconds included.
   *
   * @param v the proto date-time, not null
   * @param field the proto field name, for exception messages
   * @return the date-time
   * @throws IllegalArgumentException if the date-time has a {@code utc_offset} or {@code time_zone}, or a component
   *     out of range
   */
  public static LocalDateTime toLocalDateTime(DateTime v, String field) {
    nonNull(v, field);
    if (v.getTimeOffsetCase() != DateTime.TimeOffsetCase.TIMEOFFSET_NOT_SET) {
      String offset =
          v.hasUtcOffset()
              ? "utc_offset of " + v.getUtcOffset().getSeconds() + "s"
              : "time_zone " + Checks.quote(v.getTimeZone().getId());
      throw new IllegalArgumentException(
          "field " + field + ": DateTime has a " + offset + ", which java.time.LocalDateTime cannot hold");
    }
    int year = v.getYear();
    int month = v.getMonth();
    int day = v.getDay();
    int hours = v.getHours();
    int minutes = v.getMinutes();
    int seconds = v.getSeconds();
    int nanos = v.getNanos();
    DateConversions.checkDate(year, month, day, "DateTime", field);
    TimeOfDayConversions.checkTime(hours, minutes, seconds, nanos, "DateTime", field);
    return LocalDateTime.of(year, month, day, hours, minutes, seconds, nanos);
  }
}
