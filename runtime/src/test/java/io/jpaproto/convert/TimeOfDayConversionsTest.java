package io.jpaproto.convert;

import static io.jpaproto.convert.TestSupport.CASES;
import static io.jpaproto.convert.TestSupport.assertThrowsWith;
import static io.jpaproto.convert.TestSupport.at;
import static io.jpaproto.convert.TestSupport.between;
import static io.jpaproto.convert.TestSupport.random;
import static io.jpaproto.convert.TestSupport.withDefaultZone;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.type.TimeOfDay;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.List;
import java.util.SimpleTimeZone;
import java.util.SplittableRandom;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

class TimeOfDayConversionsTest {

  private static final String FIELD = "opens_at";

  private static TimeOfDay wire(TimeOfDay t) throws InvalidProtocolBufferException {
    return TimeOfDay.parseFrom(t.toByteArray());
  }

  private static TimeOfDay tod(int hours, int minutes, int seconds, int nanos) {
    return TimeOfDay.newBuilder().setHours(hours).setMinutes(minutes).setSeconds(seconds).setNanos(nanos).build();
  }

  @Test
  void localTimeRoundTripsRandomly() throws Exception {
    SplittableRandom r = random();
    for (int i = 0; i < CASES; i++) {
      LocalTime v = LocalTime.ofNanoOfDay(between(r, 0, LocalTime.MAX.toNanoOfDay()));
      TimeOfDay t = wire(TimeOfDayConversions.fromLocalTime(v, FIELD));
      assertEquals(tod(v.getHour(), v.getMinute(), v.getSecond(), v.getNano()), t, at(i, v));
      assertEquals(v, TimeOfDayConversions.toLocalTime(t, FIELD), at(i, v));
    }
  }

  @Test
  void localTimeEdgeValuesRoundTrip() throws Exception {
    for (LocalTime v : List.of(LocalTime.MIN, LocalTime.MAX, LocalTime.NOON, LocalTime.of(0, 0, 0, 1))) {
      assertEquals(v, TimeOfDayConversions.toLocalTime(wire(TimeOfDayConversions.fromLocalTime(v, FIELD)), FIELD));
    }
    assertEquals(tod(23, 59, 59, 999_999_999), TimeOfDayConversions.fromLocalTime(LocalTime.MAX, FIELD));
  }

  @Test
  void endOfDayAndLeapSecondThrow() {
    assertThrowsWith(
        IllegalArgumentException.class,
        () -> TimeOfDayConversions.toLocalTime(tod(24, 0, 0, 0), FIELD),
        "field opens_at",
        "hours=24",
        "24:00");
    assertThrowsWith(
        IllegalArgumentException.class,
        () -> TimeOfDayConversions.toLocalTime(tod(23, 59, 60, 0), FIELD),
        "field opens_at",
        "seconds=60",
        "leap second");
  }

  @Test
  void outOfRangeComponentsThrow() {
    int[][] invalid = {
      {24, 0, 0, 1}, {25, 0, 0, 0}, {-1, 0, 0, 0}, {0, 60, 0, 0}, {0, -1, 0, 0}, {0, 0, 61, 0}, {0, 0, -1, 0},
      {0, 0, 0, 1_000_000_000}, {0, 0, 0, -1}
    };
    for (int[] c : invalid) {
      assertThrowsWith(
          IllegalArgumentException.class,
          () -> TimeOfDayConversions.toLocalTime(tod(c[0], c[1], c[2], c[3]), FIELD),
          "field opens_at",
          "hours=" + c[0] + ", minutes=" + c[1] + ", seconds=" + c[2] + ", nanos=" + c[3]);
    }
  }

  @Test
  void sqlTimeRoundTripsRandomlyInSeveralZones() throws Throwable {
    for (String zone : List.of("UTC", "Asia/Kathmandu", "America/St_Johns", "Europe/Dublin", "Pacific/Chatham")) {
      withDefaultZone(
          TimeZone.getTimeZone(zone),
          () -> {
            SplittableRandom r = random();
            for (int i = 0; i < CASES / 5; i++) {
              LocalTime v = LocalTime.ofNanoOfDay(between(r, 0, 86_399_999) * 1_000_000L);
              TimeOfDay t = wire(TimeOfDayConversions.fromLocalTime(v, FIELD));
              java.sql.Time sql = TimeOfDayConversions.toSqlTime(t, FIELD);
              // What java.sql.Time.valueOf(LocalTime) makes, plus the milliseconds it drops.
              assertEquals(
                  java.sql.Time.valueOf(v).getTime() + v.getNano() / 1_000_000, sql.getTime(), zone + at(i, v));
              assertEquals(v.withNano(0), sql.toLocalTime(), zone + at(i, v));
              assertEquals(t, wire(TimeOfDayConversions.fromSqlTime(sql, FIELD)), zone + at(i, v));
            }
          });
    }
  }

  @Test
  void sqlTimeFromValueOfMatchesLocalTime() {
    LocalTime v = LocalTime.of(10, 15, 30);
    assertEquals(
        TimeOfDayConversions.fromLocalTime(v, FIELD),
        TimeOfDayConversions.fromSqlTime(java.sql.Time.valueOf(v), FIELD));
  }

  @Test
  void sqlTimeWithADatePartUsesItsTimeOfDay() throws Throwable {
    withDefaultZone(
        TimeZone.getTimeZone("Asia/Tokyo"),
        () -> {
          Instant instant = Instant.parse("2030-07-01T18:20:30.456Z");
          java.sql.Time sql = new java.sql.Time(instant.toEpochMilli());
          LocalTime expected = instant.atZone(ZoneId.of("Asia/Tokyo")).toLocalTime();
          assertEquals(expected, TimeOfDayConversions.toLocalTime(TimeOfDayConversions.fromSqlTime(sql, FIELD), FIELD));
        });
  }

  @Test
  void sqlTimeBefore1970KeepsItsMillis() throws Throwable {
    java.sql.Time sql = new java.sql.Time(-1); // 23:59:59.999 on 1969-12-31 in UTC
    withDefaultZone(
        TimeZone.getTimeZone("UTC"),
        () -> assertEquals(tod(23, 59, 59, 999_000_000), TimeOfDayConversions.fromSqlTime(sql, FIELD)));
  }

  @Test
  void subMillisecondTimeOfDayToSqlTimeThrows() {
    assertThrowsWith(
        ArithmeticException.class,
        () -> TimeOfDayConversions.toSqlTime(tod(12, 0, 0, 1_500_000), FIELD),
        "field opens_at",
        "12:00:00.001500");
  }

  @Test
  void sqlTimeValidatesTheTimeOfDay() {
    assertThrowsWith(
        IllegalArgumentException.class,
        () -> TimeOfDayConversions.toSqlTime(tod(24, 0, 0, 0), FIELD),
        "field opens_at",
        "hours=24");
  }

  @Test
  void timeSkippedByTheDefaultZoneOn1970Throws() throws Throwable {
    // No real zone skips a time on 1970-01-01, so use one whose daylight saving time starts at midnight on 1 January.
    TimeZone skipsMidnight =
        new SimpleTimeZone(0, "Test/SkipsMidnight", Calendar.JANUARY, 1, 0, 0, Calendar.JULY, 1, 0, 0);
    withDefaultZone(
        skipsMidnight,
        () -> {
          assertThrowsWith(
              IllegalArgumentException.class,
              () -> TimeOfDayConversions.toSqlTime(tod(0, 30, 0, 0), FIELD),
              "field opens_at",
              "00:30");
          assertEquals(
              LocalTime.of(1, 30), TimeOfDayConversions.toSqlTime(tod(1, 30, 0, 0), FIELD).toLocalTime());
        });
  }
}
