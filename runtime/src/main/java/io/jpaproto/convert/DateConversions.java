package io.jpaproto.convert;

import static io.jpaproto.convert.Checks.nonNull;

import com.google.type.Date;
import java.time.LocalDate;
import java.time.Year;

/**
 * Conversions between calendar dates and {@code google.type.Date}.
 *
 * <p>Only full dates are supported: year {@code 1..9999}, month {@code 1..12} and a day valid for the month in the
 * proleptic Gregorian calendar. Partial dates (year, month or day 0) and dates outside that range throw an
 * {@link IllegalArgumentException} naming the field. Every method takes a non-null value and the proto field name,
 * which is used only in exception messages; a null value throws a {@link NullPointerException} naming the field.
 */
public final class DateConversions {

  private DateConversions() {}

  /**
   * Returns the {@code google.type.Date} of a local date.
   *
   * @param v the date, not null
   * @param field the proto field name, for exception messages
   * @return the proto date
   * @throws IllegalArgumentException if the year is outside {@code 1..9999}
   */
  public static Date fromLocalDate(LocalDate v, String field) {
    nonNull(v, field);
    int year = v.getYear();
    checkYear(year, v, field);
    return Date.newBuilder().setYear(year).setMonth(v.getMonthValue()).setDay(v.getDayOfMonth()).build();
  }

  /**
   * Returns the local date of a full {@code google.type.Date}.
   *
   * @param v the proto date, not null
   * @param field the proto field name, for exception messages
   * @return the date
   * @throws IllegalArgumentException if the date is partial or not a valid date with year {@code 1..9999}
   */
  public static LocalDate toLocalDate(Date v, String field) {
    nonNull(v, field);
    int year = v.getYear();
    int month = v.getMonth();
    int day = v.getDay();
    checkDate(year, month, day, "Date", field);
    return LocalDate.of(year, month, day);
  }

  /**
   * Returns the {@code google.type.Date} of an SQL date, read as {@link java.sql.Date#toLocalDate()} does (its
   * calendar fields in the JVM default time zone).
   *
   * @param v the SQL date, not null
   * @param field the proto field name, for exception messages
   * @return the proto date
   * @throws IllegalArgumentException if the year is outside {@code 1..9999}, or the date does not exist in the
   *     proleptic Gregorian calendar (a Julian leap day such as 1000-02-29)
   */
  @SuppressWarnings("deprecation") // the calendar fields are what java.sql.Date means; toLocalDate() reads them too
  public static Date fromSqlDate(java.sql.Date v, String field) {
    nonNull(v, field);
    // Read the fields rather than call toLocalDate(), which throws a DateTimeException naming no field for 1000-02-29.
    int year = v.getYear() + 1900;
    int month = v.getMonth() + 1;
    int day = v.getDate();
    String problem = dateProblem(year, month, day);
    if (problem != null) {
      throw new IllegalArgumentException(
          "field " + field + ": java.sql.Date " + v + " (year=" + year + ", month=" + month + ", day=" + day + ") "
              + problem);
    }
    return Date.newBuilder().setYear(year).setMonth(month).setDay(day).build();
  }

  /**
   * Returns the SQL date of a full {@code google.type.Date}, made by {@link java.sql.Date#valueOf(LocalDate)} (local
   * midnight in the JVM default time zone).
   *
   * @param v the proto date, not null
   * @param field the proto field name, for exception messages
   * @return a new SQL date
   * @throws IllegalArgumentException if the date is partial or invalid, or if {@code java.sql.Date} cannot hold it
   *     (a day skipped by the default time zone, or by the 1582 Julian-Gregorian cutover that
   *     {@code java.sql.Date} applies)
   */
  @SuppressWarnings("deprecation") // the calendar fields are what java.sql.Date means
  public static java.sql.Date toSqlDate(Date v, String field) {
    LocalDate date = toLocalDate(v, field);
    java.sql.Date result = java.sql.Date.valueOf(date);
    // java.sql.Date is lenient: a day that does not exist in its calendar silently becomes another day.
    if (result.getDate() != date.getDayOfMonth()
        || result.getMonth() + 1 != date.getMonthValue()
        || result.getYear() + 1900 != date.getYear()) {
      throw new IllegalArgumentException(
          "field " + field + ": " + date + " does not exist as a java.sql.Date in the default time zone (it would"
              + " become " + result + ")");
    }
    return result;
  }

  private static void checkYear(int year, Object value, String field) {
    if (year < 1 || year > 9999) {
      throw new IllegalArgumentException("field " + field + ": " + value + " is outside years 1..9999");
    }
  }

  /**
   * Checks a proleptic Gregorian date with year {@code 1..9999}, throwing an {@link IllegalArgumentException} that
   * names the field and shows the components as {@code type{year=.., month=.., day=..}}.
   */
  static void checkDate(int year, int month, int day, String type, String field) {
    String problem = dateProblem(year, month, day);
    if (problem != null) {
      throw new IllegalArgumentException(
          "field " + field + ": " + type + "{year=" + year + ", month=" + month + ", day=" + day + "} " + problem);
    }
  }

  /** What is wrong with a date, or null if it is a valid proleptic Gregorian date with year {@code 1..9999}. */
  private static String dateProblem(int year, int month, int day) {
    if (year < 1 || year > 9999) {
      return year == 0 ? "has no year (partial dates are not supported)" : "has a year outside 1..9999";
    }
    if (month < 1 || month > 12) {
      return month == 0 ? "has no month (partial dates are not supported)" : "has a month outside 1..12";
    }
    if (day < 1 || day > lengthOfMonth(year, month)) {
      return day == 0 ? "has no day (partial dates are not supported)" : "has a day not in its month";
    }
    return null;
  }

  private static int lengthOfMonth(int year, int month) {
    switch (month) {
      case 2:
        return Year.isLeap(year) ? 29 : 28;
      case 4:
      case 6:
      case 9:
      case 11:
        return 30;
      default:
        return 31;
    }
  }
}
