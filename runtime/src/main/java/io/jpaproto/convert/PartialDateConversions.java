package io.jpaproto.convert;

import static io.jpaproto.convert.Checks.nonNull;

import com.google.type.Date;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.time.YearMonth;

/**
 * Conversions between partial dates and the partial forms {@code google.type.Date} defines: a year and month with a
 * zero day ({@link YearMonth}), a month and day with a zero year ({@link MonthDay}).
 *
 * <p>Years are {@code 1..9999}, as for full dates. A value outside that range, or a proto date of the wrong shape (a
 * day where a year and month are expected, a month and day that no year has), throws an
 * {@link IllegalArgumentException} naming the field; a null value a {@link NullPointerException} naming the field.
 */
public final class PartialDateConversions {

  private PartialDateConversions() {}

  /**
   * Returns the {@code google.type.Date} of a year and month: day 0.
   *
   * @param v the year and month, not null
   * @param field the proto field name, for exception messages
   * @return the proto date
   * @throws IllegalArgumentException if the year is outside {@code 1..9999}
   */
  public static Date fromYearMonth(YearMonth v, String field) {
    nonNull(v, field);
    if (v.getYear() < 1 || v.getYear() > 9999) {
      throw new IllegalArgumentException(
          "field " + field + ": " + v + " has a year outside 1..9999, which google.type.Date cannot hold");
    }
    return Date.newBuilder().setYear(v.getYear()).setMonth(v.getMonthValue()).build();
  }

  /**
   * Returns the year and month of a {@code google.type.Date} with a year, a month and day 0.
   *
   * @param v the proto date, not null
   * @param field the proto field name, for exception messages
   * @return the year and month
   * @throws IllegalArgumentException if the date has a day, or no valid year {@code 1..9999} and month
   */
  public static YearMonth toYearMonth(Date v, String field) {
    nonNull(v, field);
    if (v.getDay() != 0 || v.getYear() < 1 || v.getYear() > 9999 || v.getMonth() < 1 || v.getMonth() > 12) {
      throw new IllegalArgumentException("field " + field + ": year " + v.getYear() + ", month " + v.getMonth()
          + ", day " + v.getDay() + " is not a year and month (year 1..9999, month 1..12, day 0)");
    }
    return YearMonth.of(v.getYear(), v.getMonth());
  }

  /**
   * Returns the {@code google.type.Date} of a month and day: year 0.
   *
   * @param v the month and day, not null
   * @param field the proto field name, for exception messages
   * @return the proto date
   */
  public static Date fromMonthDay(MonthDay v, String field) {
    nonNull(v, field);
    return Date.newBuilder().setMonth(v.getMonthValue()).setDay(v.getDayOfMonth()).build();
  }

  /**
   * Returns the month and day of a {@code google.type.Date} with year 0, a month and a day.
   *
   * @param v the proto date, not null
   * @param field the proto field name, for exception messages
   * @return the month and day
   * @throws IllegalArgumentException if the date has a year, or the month and day exist in no year
   */
  public static MonthDay toMonthDay(Date v, String field) {
    nonNull(v, field);
    if (v.getYear() == 0) {
      try {
        return MonthDay.of(v.getMonth(), v.getDay());
      } catch (DateTimeException e) {
        // reported below
      }
    }
    throw new IllegalArgumentException("field " + field + ": year " + v.getYear() + ", month " + v.getMonth()
        + ", day " + v.getDay() + " is not a month and day (year 0, a day that month has in some year)");
  }
}
