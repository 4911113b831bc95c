package io.jpaproto.convert;

import static io.jpaproto.convert.TestSupport.CASES;
import static io.jpaproto.convert.TestSupport.assertThrowsWith;
import static io.jpaproto.convert.TestSupport.at;
import static io.jpaproto.convert.TestSupport.between;
import static io.jpaproto.convert.TestSupport.random;
import static io.jpaproto.convert.TestSupport.withDefaultZone;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.type.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateConversionsTest {

  private static final String FIELD = "birth_date";
  private static final long FIRST_DAY = LocalDate.of(1, 1, 1).toEpochDay();
  private static final long LAST_DAY = LocalDate.of(9999, 12, 31).toEpochDay();

  private static Date wire(Date d) throws InvalidProtocolBufferException {
    return Date.parseFrom(d.toByteArray());
  }

  private static Date date(int year, int month, int day) {
    return Date.newBuilder().setYear(year).setMonth(month).setDay(day).build();
  }

  @Test
  void localDateRoundTripsRandomly() throws Exception {
    SplittableRandom r = random();
    for (int i = 0; i < CASES; i++) {
      LocalDate v = LocalDate.ofEpochDay(between(r, FIRST_DAY, LAST_DAY));
      Date d = wire(DateConversions.fromLocalDate(v, FIELD));
      assertEquals(v.getYear(), d.getYear(), at(i, v));
      assertEquals(v.getMonthValue(), d.getMonth(), at(i, v));
      assertEquals(v.getDayOfMonth(), d.getDay(), at(i, v));
      assertEquals(v, DateConversions.toLocalDate(d, FIELD), at(i, v));
    }
  }

  @Test
  void localDateEdgeValuesRoundTrip() throws Exception {
    for (LocalDate v :
        List.of(
            LocalDate.of(1, 1, 1),
            LocalDate.of(9999, 12, 31),
            LocalDate.of(2024, 2, 29),
            LocalDate.of(2000, 2, 29),
            LocalDate.of(1600, 2, 29),
            LocalDate.of(1582, 10, 10),
            LocalDate.of(1970, 1, 1),
            LocalDate.of(1969, 12, 31))) {
      assertEquals(v, DateConversions.toLocalDate(wire(DateConversions.fromLocalDate(v, FIELD)), FIELD));
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 10_000, -999_999_999, 999_999_999})
  void localDateOutsideYears1To9999Throws(int year) {
    LocalDate v = LocalDate.of(year, 6, 15);
    assertThrowsWith(
        IllegalArgumentException.class,
        () -> DateConversions.fromLocalDate(v, FIELD),
        "field birth_date",
        v.toString());
  }

  @Test
  void partialDatesThrow() {
    assertThrowsWith(
        IllegalArgumentException.class,
        () -> DateConversions.toLocalDate(date(0, 12, 25), FIELD),
        "field birth_date",
        "year=0, month=12, day=25",
        "partial");
    assertThrowsWith(
        IllegalArgumentException.class,
        () -> DateConversions.toLocalDate(date(2024, 0, 0), FIELD),
        "field birth_date",
        "year=2024, month=0, day=0",
        "partial");
    assertThrowsWith(
        IllegalArgumentException.class,
        () -> DateConversions.toLocalDate(date(2024, 5, 0), FIELD),
        "field birth_date",
        "day=0",
        "partial");
    assertThrowsWith(
        IllegalArgumentException.class,
        () -> DateConversions.toLocalDate(Date.getDefaultInstance(), FIELD),
        "field birth_date",
        "year=0, month=0, day=0");
  }

  @Test
  void invalidDatesThrow() {
    int[][] invalid = {
      {1900, 2, 29}, {2023, 2, 29}, {2024, 2, 30}, {2024, 4, 31}, {2024, 13, 1}, {2024, -1, 1}, {2024, 1, 32},
      {2024, 1, -1}, {10_000, 1, 1}, {-1, 1, 1}
    };
    for (int[] ymd : invalid) {
      assertThrowsWith(
          IllegalArgumentException.class,
          () -> DateConversions.toLocalDate(date(ymd[0], ymd[1], ymd[2]), FIELD),
          "field birth_date",
          "year=" + ymd[0] + ", month=" + ymd[1] + ", day=" + ymd[2]);
    }
  }

  @Test
  void everyValidDayOfEveryMonthIsAccepted() {
    // Exhaustive over a leap-year cycle of 400 years: month lengths must agree with java.time.
    for (LocalDate d = LocalDate.of(1600, 1, 1); d.getYear() < 2000; d = d.plusDays(1)) {
      assertEquals(d, DateConversions.toLocalDate(DateConversions.fromLocalDate(d, FIELD), FIELD));
    }
  }

  @Test
  void sqlDateRoundTripsRandomlyInSeveralZones() throws Throwable {
    for (String zone : List.of("UTC", "America/Sao_Paulo", "Asia/Kolkata", "Pacific/Kiritimati", "America/Adak")) {
      withDefaultZone(
          TimeZone.getTimeZone(zone),
          () -> {
            SplittableRandom r = random();
            for (int i = 0; i < CASES / 5; i++) {
              LocalDate v = LocalDate.ofEpochDay(between(r, LocalDate.of(1583, 1, 1).toEpochDay(), LAST_DAY));
              Date d = wire(DateConversions.fromLocalDate(v, FIELD));
              java.sql.Date sql = DateConversions.toSqlDate(d, FIELD);
              assertEquals(v, sql.toLocalDate(), zone + " " + at(i, v));
              assertEquals(d, wire(DateConversions.fromSqlDate(sql, FIELD)), zone + " " + at(i, v));
            }
          });
    }
  }

  @Test
  void sqlDateBeforeTheGregorianCutoverKeepsItsFields() throws Exception {
    for (LocalDate v :
        List.of(
            LocalDate.of(1, 1, 1), LocalDate.of(1000, 2, 28), LocalDate.of(1200, 2, 29), LocalDate.of(1582, 10, 4))) {
      java.sql.Date sql = DateConversions.toSqlDate(DateConversions.fromLocalDate(v, FIELD), FIELD);
      assertEquals(v, sql.toLocalDate());
      assertEquals(v, DateConversions.toLocalDate(wire(DateConversions.fromSqlDate(sql, FIELD)), FIELD));
    }
  }

  @Test
  @SuppressWarnings("deprecation")
  void julianLeapDayFromJavaSqlDateThrows() {
    // 1000 is a leap year in the Julian calendar java.sql.Date uses before 1582, but not in the proleptic Gregorian.
    java.sql.Date julianLeapDay = new java.sql.Date(1000 - 1900, 1, 29);
    assertEquals(29, julianLeapDay.getDate());
    assertThrowsWith(
        IllegalArgumentException.class,
        () -> DateConversions.fromSqlDate(julianLeapDay, FIELD),
        "field birth_date",
        "1000-02-29",
        "year=1000, month=2, day=29");
  }

  @Test
  void daysThatJavaSqlDateCannotHoldThrow() throws Throwable {
    // 1582-10-05..14 do not exist in the Julian-Gregorian calendar of java.util.Date.
    assertThrowsWith(
        IllegalArgumentException.class,
        () -> DateConversions.toSqlDate(date(1582, 10, 10), FIELD),
        "field birth_date",
        "1582-10-10");
    // Samoa skipped 2011-12-30 when it crossed the date line.
    withDefaultZone(
        TimeZone.getTimeZone("Pacific/Apia"),
        () ->
            assertThrowsWith(
                IllegalArgumentException.class,
                () -> DateConversions.toSqlDate(date(2011, 12, 30), FIELD),
                "field birth_date",
                "2011-12-30"));
  }

  @Test
  void midnightSkippedByDaylightSavingTimeIsStillTheSameDay() throws Throwable {
    // Brazil started DST at midnight: 2018-11-04T00:00 did not exist in Sao Paulo, but the day did.
    withDefaultZone(
        TimeZone.getTimeZone("America/Sao_Paulo"),
        () -> {
          java.sql.Date sql = DateConversions.toSqlDate(date(2018, 11, 4), FIELD);
          assertEquals(LocalDate.of(2018, 11, 4), sql.toLocalDate());
        });
  }

  @Test
  void sqlDateErrorsNameTheField() {
    assertThrowsWith(
        IllegalArgumentException.class,
        () -> DateConversions.toSqlDate(date(2024, 2, 30), FIELD),
        "field birth_date",
        "day=30");
    java.sql.Date year10000 = java.sql.Date.valueOf(LocalDate.of(10_000, 1, 1));
    assertThrowsWith(
        IllegalArgumentException.class,
        () -> DateConversions.fromSqlDate(year10000, FIELD),
        "field birth_date",
        "year=10000, month=1, day=1");
  }
}
